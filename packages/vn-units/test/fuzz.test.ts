// Issue 13, item 2, for @rollout/vn-units: the lookups on any string (codes, names with
// and without diacritics, hostile characters) and the tree builders on any options keep
// the contract of test-support/fuzz.ts; unitTree throws only its VnUnitsError.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anyJson, anyString, EDGE_NUMBERS, fuzzParams, holds } from '../../../test-support/fuzz.js';
import * as vn from '../src/index.js';

const PROVINCES = vn.provinces();
const name = fc.oneof(
  anyString,
  fc.constantFrom(...PROVINCES.slice(0, 8).flatMap((p) => [p.code, p.name, p.name.toLowerCase()])),
  fc
    .record({ p: fc.nat({ max: PROVINCES.length - 1 }), cut: fc.nat({ max: 6 }) })
    .map(({ p, cut }) => PROVINCES[p]!.name.normalize('NFD').slice(cut)),
);

describe('@rollout/vn-units fuzz', () => {
  it('the lookups never crash on any code or name', () => {
    fc.assert(
      fc.property(name, fc.option(name, { nil: undefined }), (q, province) => {
        holds('findProvince', vn.findProvince, [q]);
        holds('findCommune', vn.findCommune, [q, province]);
        holds('findCommunes', vn.findCommunes, [q, province]);
        holds('communes', vn.communes, [q]);
        holds('isGeneratedUnit', vn.isGeneratedUnit, [{ id: q }]);
      }),
      fuzzParams(60),
    );
  });

  it('safeUnitTree never throws; unitTree throws only VnUnitsError', () => {
    const options = fc.oneof(
      anyJson,
      fc.record(
        {
          provinces: fc.array(name, { maxLength: 2 }),
          party: fc.oneof(fc.boolean(), anyJson),
          directlyUnder: fc.boolean(),
          generated: fc.oneof(
            anyJson,
            fc.record({
              branches: fc.constantFrom(...EDGE_NUMBERS),
              members: fc.constantFrom(...EDGE_NUMBERS),
            }),
          ),
        },
        { requiredKeys: ['provinces'] },
      ),
    );
    fc.assert(
      fc.property(options, (opts) => {
        holds('safeUnitTree', vn.safeUnitTree, [opts]);
        holds('unitTree', vn.unitTree, [opts], (e) => e instanceof vn.VnUnitsError);
      }),
      fuzzParams(30),
    );
  });

  it('createVnUnitsIssue never crashes on any code and params', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(vn.VN_UNITS_ISSUE_CODES)),
        fc.dictionary(
          fc.constantFrom('option', 'value', 'province', 'reason'),
          fc.oneof(anyString, fc.integer()),
        ),
        (code, params) => {
          holds('createVnUnitsIssue', vn.createVnUnitsIssue as (...a: never[]) => unknown, [
            code,
            [],
            params,
          ]);
        },
      ),
      fuzzParams(60),
    );
  });
});
