// Every province and commune of the data file is in the package, with its code and
// name. The file is read here on its own (JSON.parse, no generated module), and the
// package's copy is checked against the shared file it was taken from.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  communes,
  findCommune,
  findProvince,
  provinces,
  unitTree,
  VN_UNITS_SOURCE,
} from '@rollout/vn-units';
import { describe, expect, it } from 'vitest';

const pkg = resolve(import.meta.dirname, '..');
const copy = resolve(pkg, 'data/units.json');
const shared =
  process.env.ROLLOUT_VN_UNITS ?? resolve(pkg, '../../../shared/data/vn-admin-units/units.json');

interface FileWard {
  Code: string;
  FullName: string;
  ProvinceCode: string;
}
interface FileProvince {
  Code: string;
  FullName: string;
  Wards: FileWard[];
}
const file: FileProvince[] = JSON.parse(readFileSync(copy, 'utf8'));
/** The name without its kind, as the file writes the kind (one "xã" is lower case). */
const bare = (fullName: string) => fullName.replace(/^(Tỉnh|Thành phố|Xã|xã|Phường|Đặc khu) /, '');

describe('the data file', () => {
  it('is the shared file, byte for byte, with its licence beside it', () => {
    if (!existsSync(shared))
      throw new Error(`Shared data not found: ${shared}. Put shared/ beside the repository.`);
    expect(readFileSync(copy).equals(readFileSync(shared))).toBe(true);
    const licence = readFileSync(resolve(pkg, 'data/LICENSE'), 'utf8');
    expect(licence).toContain('MIT License');
    expect(licence).toContain(VN_UNITS_SOURCE.copyright);
  });

  it('holds the counts the source states', () => {
    expect(file.length).toBe(VN_UNITS_SOURCE.counts.provinces);
    expect(file.reduce((n, p) => n + p.Wards.length, 0)).toBe(VN_UNITS_SOURCE.counts.communes);
  });

  it('gives the committed generated modules (build:data --check)', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-data.mjs', '--check'], {
      cwd: pkg,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('every province of the file', () => {
  it('is listed by provinces(), in order, with its code and name', () => {
    const list = provinces();
    expect(list.map((p) => p.code)).toEqual(file.map((p) => p.Code));
    list.forEach((p, i) => {
      expect(p.fullName).toBe(file[i]!.FullName);
      expect(p.name).toBe(bare(file[i]!.FullName));
      expect(p.kind).toBe(file[i]!.FullName.startsWith('Tỉnh ') ? 'tỉnh' : 'thành phố');
      expect(p.communes).toBe(file[i]!.Wards.length);
    });
  });

  it('is found by its code and by its full name', () => {
    for (const p of file) {
      expect(findProvince(p.Code)?.fullName).toBe(p.FullName);
      expect(findProvince(p.FullName)?.code).toBe(p.Code);
      expect(findProvince(bare(p.FullName))?.code).toBe(p.Code);
    }
  });
});

describe('every commune of the file', () => {
  it('is listed by communes(province), in the file order, with its code, name and kind', () => {
    let differs = 0;
    for (const p of file) {
      const list = communes(p.Code);
      expect(list.map((c) => c.code)).toEqual(p.Wards.map((w) => w.Code));
      list.forEach((c, i) => {
        const w = p.Wards[i]!;
        expect(c.provinceCode).toBe(w.ProvinceCode);
        expect(c.name).toBe(bare(w.FullName));
        // The full name is the file's, with its kind capitalised (the file has one "xã …").
        if (c.fullName !== w.FullName) {
          differs++;
          expect(w.FullName).toBe(`xã ${c.name}`);
          expect(c.fullName).toBe(`Xã ${c.name}`);
        }
        expect(c.kind).toBe(w.FullName.split(' ')[0]!.toLowerCase().replace('đặc', 'đặc khu'));
      });
    }
    expect(differs).toBe(1);
  });

  it('is found by its code, in the whole country', () => {
    for (const p of file)
      for (const w of p.Wards) expect(findCommune(w.Code)?.name).toBe(bare(w.FullName));
  });

  it('is a unit of the national tree, named after it, under its province', () => {
    const byId = new Map(unitTree().units.map((u) => [u.id, u]));
    expect(byId.size).toBe(34 + 3321);
    for (const p of file) {
      const province = byId.get(`vn-${p.Code}`)!;
      expect(province.name.endsWith(bare(p.FullName))).toBe(true);
      for (const w of p.Wards) {
        const u = byId.get(`vn-${p.Code}-${w.Code}`)!;
        expect(u.parent).toBe(province.id);
        expect(u.name).toBe(
          `Đảng ủy ${w.FullName.replace(/^[^ ]+( khu)? /, (m) => m.toLowerCase())}`,
        );
      }
    }
  });
});
