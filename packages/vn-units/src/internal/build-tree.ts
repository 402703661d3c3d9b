// Builds the unit tree of some provinces: shared by the whole-country entry and
// by each province's own entry, so it never imports the data itself.
import type { Unit } from '@rollout/core';
import { createVnUnitsIssue, type VnUnitsIssue } from '../issues.js';
import type { Province } from '../types.js';
import {
  communeCommitteeName,
  communeFromRow,
  placeName,
  provinceCommitteeName,
  provinceFromData,
  unitIdOf,
} from './records.js';
import type { ProvinceData } from './types.js';

/** The party committees directly under a province committee: id suffix and name. */
const DIRECTLY_UNDER: readonly (readonly [string, string])[] = [
  ['co-quan-dang', 'Đảng ủy các cơ quan Đảng'],
  ['ubnd', 'Đảng ủy Ủy ban nhân dân'],
  ['cong-an', 'Đảng ủy Công an'],
  ['quan-su', 'Đảng ủy Quân sự'],
];

/** The most generated units one call makes (ten million). */
const MAX_GENERATED = 10_000_000;

/** Options once checked. @internal */
export interface CheckedOptions {
  readonly party: boolean;
  readonly directlyUnder: boolean;
  readonly branches: number;
  readonly members: number | undefined;
}

/** A value as text for a message, without calling anything the value defines. @internal */
export function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null) return 'null';
  return Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v;
}

const isCount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/**
 * Runs `read` over options that may be hostile (a getter that throws, a proxy):
 * what it throws becomes an issue. @internal
 */
export function readSafely<T>(read: () => T, fallback: T, issues: VnUnitsIssue[]): T {
  try {
    return read();
  } catch {
    issues.push(
      createVnUnitsIssue('vn-units/invalid-option', [], {
        option: 'options',
        detail: 'they could not be read',
        detailVi: 'không đọc được các tùy chọn',
      }),
    );
    return fallback;
  }
}

/** Checks the options other than `provinces`, pushing issues. @internal */
export function checkOptions(options: unknown, issues: VnUnitsIssue[]): CheckedOptions {
  const bad = (option: string, detail: string, detailVi: string) =>
    issues.push(
      createVnUnitsIssue('vn-units/invalid-option', option.split('.'), {
        option,
        detail,
        detailVi,
      }),
    );
  const o: Record<string, unknown> =
    options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : {};
  if (options !== undefined && (options === null || typeof options !== 'object'))
    bad('options', 'expected an object', 'cần một đối tượng');
  const flag = (key: string, fallback: boolean): boolean => {
    const v = Object.hasOwn(o, key) ? o[key] : undefined;
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    bad(key, 'expected true or false', 'cần true hoặc false');
    return fallback;
  };
  const party = flag('party', true);
  const directlyUnder = flag('directlyUnder', false);
  if (directlyUnder && !party)
    bad(
      'directlyUnder',
      'the committees directly under the province are party committees: it needs party: true',
      'các đảng ủy trực thuộc là tổ chức đảng, cần party: true',
    );
  let branches = 0;
  let members: number | undefined;
  const g = Object.hasOwn(o, 'generated') ? o.generated : undefined;
  if (g !== undefined) {
    if (g === null || typeof g !== 'object') {
      bad('generated', 'expected { branches, members? }', 'cần { branches, members? }');
    } else {
      const gen = g as Record<string, unknown>;
      const b = Object.hasOwn(gen, 'branches') ? gen.branches : undefined;
      if (isCount(b, MAX_GENERATED)) branches = b;
      else
        bad(
          'generated.branches',
          `expected a whole number from 0 to ${MAX_GENERATED}, not ${shown(b)}`,
          `cần một số nguyên từ 0 đến ${MAX_GENERATED}, không phải ${shown(b)}`,
        );
      const m = Object.hasOwn(gen, 'members') ? gen.members : undefined;
      if (m !== undefined) {
        if (isCount(m, Number.MAX_SAFE_INTEGER)) members = m;
        else
          bad(
            'generated.members',
            `expected a whole number from 0, not ${shown(m)}`,
            `cần một số nguyên không âm, không phải ${shown(m)}`,
          );
      }
    }
  }
  return { party, directlyUnder, branches, members };
}

/** `count` split into `parts` near-equal whole shares, the larger ones first. */
const share = (count: number, parts: number, k: number): number =>
  Math.floor(count / parts) + (k < count % parts ? 1 : 0);

/**
 * The units of the given provinces, in order: per province its committee, the
 * committees directly under it, its communes; then the generated units. @internal
 */
export function buildUnits(list: readonly ProvinceData[], o: CheckedOptions): Unit[] {
  const units: Unit[] = [];
  /** Indices in `units` of the commune-level units, across every province. */
  const below: number[] = [];
  const provinceAt: number[] = [];
  for (const data of list) {
    const p: Province = provinceFromData(data);
    const pid = unitIdOf(p);
    provinceAt.push(units.length);
    units.push(
      o.party
        ? {
            id: pid,
            name: provinceCommitteeName(p),
            level: 'province',
            kind: p.kind === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy',
          }
        : {
            id: pid,
            name: p.fullName,
            level: 'province',
            kind: p.fullName.slice(0, p.fullName.length - p.name.length - 1),
          },
    );
    if (o.directlyUnder) {
      const kind = `Đảng ủy trực thuộc ${p.kind === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'}`;
      for (const [suffix, name] of DIRECTLY_UNDER) {
        below.push(units.length);
        units.push({
          id: `${pid}-${suffix}`,
          name: `${name} ${placeName(p)}`,
          level: 'commune',
          parent: pid,
          kind,
        });
      }
    }
    for (const row of data.communes) {
      const c = communeFromRow(row, p.code);
      below.push(units.length);
      units.push(
        o.party
          ? {
              id: unitIdOf(c),
              name: communeCommitteeName(c),
              level: 'commune',
              parent: pid,
              kind: `Đảng ủy ${c.kind}`,
            }
          : {
              id: unitIdOf(c),
              name: c.fullName,
              level: 'commune',
              parent: pid,
              kind: c.fullName.slice(0, c.fullName.length - c.name.length - 1),
            },
      );
    }
  }
  if (o.branches === 0 && o.members === undefined) return units;
  // Generated branches: spread evenly over every commune-level unit, in order.
  const N = below.length;
  const count = new Float64Array(units.length);
  const generated: Unit[] = [];
  if (N > 0 && o.branches > 0) {
    let made = 0;
    for (let k = 0; k < N; k++) {
      const at = below[k]!;
      const parent = units[at]!;
      const n = share(o.branches, N, k);
      for (let j = 1; j <= n; j++) {
        const unit: Unit = {
          id: `${parent.id}-gen-${j}`,
          name: o.party ? `Chi bộ ${j} (giả lập)` : `Thôn, tổ dân phố ${j} (giả lập)`,
          level: 'branch',
          parent: parent.id,
          kind: o.party ? 'Chi bộ (giả lập)' : 'Thôn, tổ dân phố (giả lập)',
        };
        if (o.members !== undefined) {
          const m = share(o.members, o.branches, made);
          count[at]! += m;
          generated.push({ ...unit, members: m });
        } else generated.push(unit);
        made++;
      }
    }
  } else if (o.members !== undefined && N > 0) {
    for (let k = 0; k < N; k++) count[below[k]!] = share(o.members, N, k);
  }
  if (o.members !== undefined) {
    // Head counts go up the tree: a committee holds the members of its branches.
    let p = 0;
    for (let i = 0; i < units.length; i++) {
      if (p + 1 < provinceAt.length && i >= provinceAt[p + 1]!) p++;
      if (units[i]!.level !== 'province') count[provinceAt[p]!]! += count[i]!;
    }
    for (let i = 0; i < units.length; i++) units[i] = { ...units[i]!, members: count[i]! };
  }
  return units.concat(generated);
}
