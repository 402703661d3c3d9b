import { describe, expect, it } from 'vitest';
import { fold } from '../normalise/source-text.js';
import { levelOfBody } from '../resolve/levels.js';
import { findBodies } from './bodies.js';

const bodies = (text: string, year?: number) => {
  const nfc = text.normalize('NFC');
  return findBodies(fold(nfc), nfc).map((b) => ({
    text: nfc.slice(b.start, b.end),
    kind: b.kind,
    level: levelOfBody(b, year),
    title: b.title,
    generic: b.generic,
  }));
};

describe('recognise/bodies and resolve/levels: a body, its name and its tier', () => {
  it.each([
    ['Ban Thường vụ Tỉnh ủy Thanh Hóa đã tổ chức', 'Ban Thường vụ Tỉnh ủy Thanh Hóa', 'province'],
    ['Ban Thường vụ Huyện ủy Cẩm Xuyên tổ chức', 'Ban Thường vụ Huyện ủy Cẩm Xuyên', 'district'],
    ['Đảng uỷ phường ThCầu  tổ chức', 'Đảng uỷ phường ThCầu', 'commune'],
    ['Hội Nông dân tỉnh đã tổ chức', 'Hội Nông dân tỉnh', 'province'],
    ['do Đoàn TN Tổng Công ty KSTM tổ chức', 'Đoàn TN Tổng Công ty KSTM', 'district'],
    ['do Thành ủy Hà Nội tổ chức', 'Thành ủy Hà Nội', 'province'],
    [
      'Trưởng Đoàn Đại biểu Quốc hội (ĐBQH) Thanh Hóa',
      'Đoàn Đại biểu Quốc hội (ĐBQH) Thanh Hóa',
      'province',
    ],
  ])('%s', (text, name, level) => {
    expect(bodies(text)[0]).toMatchObject({ text: name, level });
  });

  it('a city under a province is district level before 2025, province level after', () => {
    expect(bodies('Thành ủy Thanh Hóa', 2020)[0]?.level).toBe('district');
    expect(bodies('Thành ủy Thanh Hóa', 2025)[0]?.level).toBe('province');
  });

  it('a body after a person’s title names the office, a body after "các" is a list word', () => {
    expect(bodies('đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy')[0]?.title).toBe(true);
    expect(bodies('các huyện ủy tổ chức')[0]?.generic).toBe(true);
    expect(bodies('14/14 đoàn cấp huyện')[0]).toMatchObject({ generic: true, level: 'district' });
  });

  it('"đoàn kết", "đoàn viên", "đoàn thể" are no bodies', () => {
    expect(bodies('tăng cường đoàn kết, đoàn viên và các đoàn thể')).toEqual([]);
  });
});
