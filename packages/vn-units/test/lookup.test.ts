import { communes, findCommune, findCommunes, findProvince, provinces } from '@rollout/vn-units';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The other tone placement of oa / oe / uy: hoà ↔ hòa, thuỷ ↔ thủy (NFD in, NFC out). */
function otherPlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])/g, '$1$3$2')
    .replace(/([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])/g, '$1$3$2')
    .normalize('NFC');
}

const all = provinces().flatMap((p) => communes(p.code));

describe('findProvince', () => {
  it('reads codes, ids, names with or without their kind, committees and slugs', () => {
    expect(findProvince('38')?.name).toBe('Thanh Hoá');
    expect(findProvince('8')?.code).toBe('08');
    expect(findProvince('vn-38')?.code).toBe('38');
    expect(findProvince('Thanh Hóa')?.code).toBe('38');
    expect(findProvince('TỈNH THANH HÓA')?.code).toBe('38');
    expect(findProvince('Tỉnh uỷ Thanh Hoá')?.code).toBe('38');
    expect(findProvince('Thành ủy Hà Nội')?.code).toBe('01');
    expect(findProvince('TP. Hồ Chí Minh')?.code).toBe('79');
    expect(findProvince('Thành ủy Thành phố Hồ Chí Minh')?.code).toBe('79');
    expect(findProvince('khanh-hoa')?.code).toBe('56');
    expect(findProvince('  Khánh   Hòa ')?.code).toBe('56');
  });

  it('finds nothing for what is not a province of the data', () => {
    for (const q of ['', '99', '380', 'Quảng Bình', 'Thanh Hoa', 'vn-38-16093', 'Xã Nga Sơn'])
      expect(findProvince(q)).toBeUndefined();
    expect(findProvince(38 as unknown as string)).toBeUndefined();
  });

  it('finds each province by its name in any case, NFC or NFD, either tone placement', () => {
    const list = provinces();
    fc.assert(
      fc.property(
        fc.constantFrom(...list),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (p, upper, nfd, swap) => {
          let q = swap ? otherPlacement(p.name) : p.name;
          if (upper) q = q.toUpperCase();
          if (nfd) q = q.normalize('NFD');
          expect(findProvince(q)?.code).toBe(p.code);
        },
      ),
    );
  });

  it('has one slug per province', () => {
    const slugs = provinces().map((p) =>
      p.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/đ/g, 'd')
        .replace(/ /g, '-'),
    );
    expect(new Set(slugs).size).toBe(34);
    slugs.forEach((s, i) => {
      expect(findProvince(s)?.code).toBe(provinces()[i]!.code);
    });
  });
});

describe('findCommune and findCommunes', () => {
  it('find every commune by its name in its province, in either tone placement and any case', () => {
    for (const c of all) {
      expect(findCommune(c.name, c.provinceCode)?.code).toBe(c.code);
      expect(findCommune(otherPlacement(c.fullName).toUpperCase(), c.provinceCode)?.code).toBe(
        c.code,
      );
      expect(findCommune(`Đảng ủy ${c.kind} ${c.name}`, c.provinceCode)?.code).toBe(c.code);
      expect(findCommune(`vn-${c.provinceCode}-${c.code}`)?.code).toBe(c.code);
    }
  });

  it('list a name borne in several provinces, and find none of them alone', () => {
    const byName = new Map<string, number>();
    for (const c of all) byName.set(c.name, (byName.get(c.name) ?? 0) + 1);
    for (const [name, n] of byName) {
      expect(findCommunes(name)).toHaveLength(n);
      if (n > 1) expect(findCommune(name)).toBeUndefined();
      else expect(findCommune(name)?.name).toBe(name);
    }
  });

  it('read the one name the file writes with a lower-case xã', () => {
    expect(findCommune('Xã Bắc Sơn')).toEqual({
      code: '06325',
      name: 'Bắc Sơn',
      fullName: 'Xã Bắc Sơn',
      kind: 'xã',
      provinceCode: '20',
    });
    expect(findCommune('xã Bắc Sơn', 'Lạng Sơn')?.code).toBe('06325');
  });

  it('find nothing outside the province given, or for an unknown province', () => {
    expect(findCommune('Nga Sơn', '38')?.code).toBe('16093');
    expect(findCommune('Nga Sơn', '01')).toBeUndefined();
    expect(findCommunes('Nga Sơn', 'Quảng Bình')).toEqual([]);
    expect(communes('99')).toEqual([]);
  });

  it('return new objects each call', () => {
    const first = findCommune('16093')!;
    (first as { name: string }).name = 'changed';
    expect(findCommune('16093')?.name).toBe('Nga Sơn');
    const list = communes('38');
    list.pop();
    expect(communes('38')).toHaveLength(166);
  });
});
