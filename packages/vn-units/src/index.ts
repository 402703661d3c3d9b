/**
 * `@rollout/vn-units`: Vietnam's real administrative units of the two-level
 * local government (34 provinces and centrally-run cities, 3,321 communes,
 * wards and special zones, in force since 30/4/2026) as Rollout unit trees,
 * from the General Statistics Office's codes.
 *
 * @remarks The whole country is this entry; one province alone is
 * `@rollout/vn-units/provinces/<code>` (see {@link ProvinceModule}). The data
 * file and its MIT licence ship in `data/`.
 * @packageDocumentation
 */

export type { ProvinceModule } from './internal/province-module.js';
// --- Errors ---------------------------------------------------------------
export type { VnUnitsIssue, VnUnitsIssueCode } from './issues.js';
export { createVnUnitsIssue, VN_UNITS_ISSUE_CODES, VnUnitsError } from './issues.js';
// --- Lookup ---------------------------------------------------------------
export { communes, findCommune, findCommunes, findProvince, provinces } from './lookup.js';
// --- Data version ---------------------------------------------------------
export { VN_UNITS_SOURCE, VN_UNITS_VALID_FROM } from './source.js';
// --- Model ----------------------------------------------------------------
export type { Commune, CommuneKind, Province, ProvinceKind } from './types.js';
// --- Unit trees -----------------------------------------------------------
export type { GeneratedUnitsOptions, SafeUnitTreeResult, UnitTreeOptions } from './unit-tree.js';
export { isGeneratedUnit, safeUnitTree, unitTree } from './unit-tree.js';
