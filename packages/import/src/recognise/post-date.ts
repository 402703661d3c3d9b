/**
 * Recognise: where a stored page says when it was posted — a date line near
 * the top (*04/01/2024 09:35 Số lượt xem: 41*, *Đăng lúc: 00:00:00 03/11/2022*,
 * *Thứ Tư, 29 Tháng Ba, 2023*, *11/03/2025 19:46*) — and dates in the page's
 * source address (`Nguồn: …/202012/…`, `…/2019/08/27/…`).
 */
import { NUMBER_WORDS } from '../segment/words.js';
import { isoDate } from './dates.js';
import type { Found } from './found.js';

/** Month words: the numbers, and *giêng* (first) and *chạp* (twelfth) of the lunar names. */
const MONTH_WORDS: Record<string, number> = {
  ...NUMBER_WORDS,
  gieng: 1,
  'muoi mot': 11,
  'muoi hai': 12,
  chap: 12,
};

const WEEKDAY = String.raw`(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|2|3|4|5|6|7)|chu nhat|cn)\s*,?\s*)?`;
/** A line that is a date and furniture only: weekday, time, view counts, "đăng lúc". */
const NUMERIC = new RegExp(
  String.raw`^\s*(?:(?:dang luc|ngay dang|cap nhat|ngay cap nhat|dang ngay|thoi gian dang|posted)\s*:?\s*)?${WEEKDAY}(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|gmt\s*\+?\s*7))?)?(?:\s*\|?\s*(?:so\s+)?luot xem\s*:?\s*\d+)?\s*$`,
);
const WORDS = new RegExp(
  String.raw`^\s*${WEEKDAY}(\d{1,2})\s+thang\s+(muoi mot|muoi hai|[a-z]+|\d{1,2})\s*,?\s*(?:nam\s+)?(\d{4})\s*$`,
);

/** The page's own date line among the first lines (folded, with their offsets). */
export function findPostDate(
  lines: ReadonlyArray<{ readonly start: number; readonly folded: string }>,
): Found<string> | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Below the first lines, only a date with its time of posting (*11/03/2025 19:46*).
    if (i >= 8 && !/\d[:h]\d\d/.test(line.folded)) continue;
    if (line.folded.length > 80) continue;
    const m = NUMERIC.exec(line.folded) ?? WORDS.exec(line.folded);
    if (!m) continue;
    const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : MONTH_WORDS[m[2]!];
    const iso = month === undefined ? undefined : isoDate(Number(m[3]), month, Number(m[1]));
    if (iso)
      return { start: line.start, end: line.start + line.folded.trimEnd().length, value: iso };
  }
  return undefined;
}

/** A year and month a source address carries (`/2019/08/`, `/202012/`, `-20201204-`). */
export function findAddressDate(url: string): { year: number; month: number } | undefined {
  const m =
    /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])(?:\/|$)/.exec(url) ??
    /[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(?:[0-3]\d)?(?=[/_.-]|$)/.exec(url);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}
