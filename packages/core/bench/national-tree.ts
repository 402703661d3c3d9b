import type { Unit } from '../src/index.js';

/** A generated national tree. */
export interface National {
  readonly units: Unit[];
}

/**
 * Generates a national unit tree: `provinces` provinces, `communes` communes spread
 * over them, `cells` party cells (chi bộ, level `branch`) spread over the communes.
 * Deterministic (no randomness), ids like `p12`, `p12-c3`, `p12-c3-b7`.
 */
export function buildNational(size: {
  provinces: number;
  communes: number;
  cells: number;
}): National {
  const units: Unit[] = [];
  const communeIds: string[] = [];
  for (let p = 0; p < size.provinces; p++) {
    units.push({ id: `p${p}`, name: `Tỉnh ủy ${p}`, level: 'province', members: 0 });
  }
  for (let c = 0; c < size.communes; c++) {
    const p = c % size.provinces;
    const id = `p${p}-c${c}`;
    communeIds.push(id);
    units.push({ id, name: `Đảng ủy xã ${c}`, level: 'commune', parent: `p${p}` });
  }
  for (let b = 0; b < size.cells; b++) {
    const parent = communeIds[b % communeIds.length]!;
    units.push({ id: `${parent}-b${b}`, name: `Chi bộ ${b}`, level: 'branch', parent });
  }
  return { units };
}
