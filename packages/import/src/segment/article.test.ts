import { describe, expect, it } from 'vitest';
import { createSourceText } from '../normalise/source-text.js';
import { readArticleMeta } from './article.js';
import { Reader } from './reader.js';
import { splitPlans } from './split-plans.js';

const reader = (text: string) => new Reader(createSourceText(text));

describe('segment: the furniture of a stored page, and one segment per page', () => {
  it('finds the address, the date line and the headline, and marks them read', () => {
    const text = [
      'Nguồn: https://bacninh.gov.vn/web/phuongthicau/news/x',
      'Phường Thị Cầu tổ chức nghiên cứu, học tập, quán triệt Nghị quyết Hội nghị lần thứ 8',
      '04/01/2024 09:35 Số lượt xem: 41',
      'Sáng 25/12, tại hội trường UBND phường Thị Cầu, Đảng uỷ phường tổ chức Hội nghị.',
    ].join('\n');
    const r = reader(text);
    const meta = readArticleMeta(r, r.lines);
    expect(meta.address?.url).toBe('https://bacninh.gov.vn/web/phuongthicau/news/x');
    expect(meta.post?.iso).toBe('2024-01-04');
    expect(meta.headline?.text).toMatch(/^Phường Thị Cầu tổ chức/);
    expect(r.isRead(r.lines[3]!)).toBe(false);
  });

  it('a lede is no headline (Sáng 30/3, …)', () => {
    const r = reader(
      'Sáng 30/3, Đô Lương tổ chức hội nghị quán triệt.\nTới dự có đồng chí Bí thư.',
    );
    expect(readArticleMeta(r, r.lines).headline).toBeUndefined();
  });

  it('splits at each stored page', () => {
    const r = reader('Nguồn: https://a.vn/1\nBài một.\nNguồn: https://b.vn/2\nBài hai.');
    expect(splitPlans(r).map((seg) => seg.length)).toEqual([2, 2]);
  });
});
