import { describe, expect, it } from 'vitest';
import { fold } from '../normalise/source-text.js';
import { findAddressDate, findPostDate } from './post-date.js';

const post = (...lines: string[]) =>
  findPostDate(lines.map((l, i) => ({ start: i * 100, folded: fold(l.normalize('NFC')) })))?.value;

describe('recognise/post-date: the page’s own date line and its address', () => {
  it.each([
    ['04/01/2024 09:35 Số lượt xem: 41', '2024-01-04'],
    ['Đăng lúc: 00:00:00 03/11/2022', '2022-11-03'],
    ['Thứ Tư, 29 Tháng Ba, 2023', '2023-03-29'],
    ['Thứ sáu,  12/08/2022', '2022-08-12'],
    ['11/03/2025 19:46', '2025-03-11'],
  ])('%s', (line, iso) => {
    expect(post('Tiêu đề bài viết', line)).toBe(iso);
  });

  it('takes no sentence for a date line', () => {
    expect(
      post('Ngày 13/3/2023, Ban Thường vụ Tỉnh đoàn chỉ đạo 14/14 đoàn cấp huyện'),
    ).toBeUndefined();
  });

  it('reads a year and month from an address, not any number', () => {
    expect(
      findAddressDate('http://baoquangngai.vn/channel/2023/202012/hoan-thanh-3036815/'),
    ).toEqual({ year: 2020, month: 12 });
    expect(findAddressDate('https://baophutho.vn/dang-uy-242723.htm')).toBeUndefined();
  });
});
