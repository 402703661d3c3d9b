import { describe, expect, it } from 'vitest';
import { fold } from '../normalise/source-text.js';
import { impliedYear, yearContext } from './years.js';

const ctx = (text: string, post?: string) =>
  yearContext(fold(text.normalize('NFC')), post, undefined, []);

describe('resolve/years: the year of a date written without one, and why', () => {
  it('a held session is the latest such day on or before the post date (25/12 under 04/01/2024)', () => {
    expect(impliedYear(12, 25, 'past', ctx('Sáng 25/12, Đảng uỷ phường', '2024-01-04'))).toEqual({
      year: 2023,
      reason: 'post-date',
    });
  });

  it('a post date the text contradicts is not trusted (Sáng nay (3/11) under 12/08/2022)', () => {
    const yc = ctx(
      'LSO-Sáng nay (3/11), Hội Nông dân tỉnh … chỉ tiêu thi đua 9 tháng năm 2017',
      '2022-08-12',
    );
    expect(yc.post).toBeUndefined();
    expect(impliedYear(11, 3, 'past', yc)).toEqual({ year: 2017, reason: 'text' });
  });

  it('the term of a studied congress resolution gives its first year', () => {
    const yc = ctx(
      'học tập Nghị quyết Đại hội Đảng bộ tỉnh Phú Thọ lần thứ I, nhiệm kỳ 2025 - 2030, giai đoạn 2020 - 2025',
    );
    expect(impliedYear(11, 14, 'past', yc)).toEqual({ year: 2025, reason: 'term' });
  });

  it('a cited document’s date comes before the session that studies it', () => {
    const yc = ctx(
      'quán triệt Kế hoạch số 176 ngày 26.8.2019; đại hội trong tháng 4.2020, tháng 5.2020, trước tháng 7.2020',
    );
    expect(impliedYear(8, 27, 'past', yc)).toEqual({ year: 2019, reason: 'resolution' });
  });

  it('targets and periods are not years of the text (đến năm 2030, 2020 - 2025)', () => {
    expect(
      ctx('phát triển đến năm 2030, tầm nhìn đến năm 2045, giai đoạn 2020 - 2025').text,
    ).toBeUndefined();
  });

  it('nothing to go by gives no year', () => {
    expect(
      impliedYear(3, 30, 'past', ctx('Sáng ngày 30/3, Đô Lương tổ chức hội nghị')),
    ).toBeUndefined();
  });
});
