import { daysInMonth, isValidIsoDate } from '@rollout/core';

/**
 * Dates as a clerk types and reads them: dd/mm/yyyy. The model keeps ISO
 * `YYYY-MM-DD`; nothing here reads the process time zone.
 */

/** What a date field's text means so far. */
export type DateEntry =
  | { readonly state: 'empty' }
  /** Not a whole date yet (`20/08/20`): nothing is saved, nothing is flagged. */
  | { readonly state: 'incomplete' }
  /** A whole date that does not exist (`31/02/2021`) or a year out of range. */
  | { readonly state: 'invalid'; readonly reason: 'no-such-day' | 'year' }
  | { readonly state: 'date'; readonly iso: string };

/** The years a plan's dates may fall in; outside, a typo is more likely than a plan. */
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2199;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function judge(y: number, m: number, d: number): DateEntry {
  if (y < MIN_YEAR || y > MAX_YEAR) return { state: 'invalid', reason: 'year' };
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    return { state: 'invalid', reason: 'no-such-day' };
  const iso = `${y}-${pad2(m)}-${pad2(d)}`;
  return isValidIsoDate(iso) ? { state: 'date', iso } : { state: 'invalid', reason: 'no-such-day' };
}

/**
 * Reads what a clerk typed in a date field: `20/8/2020`, `20/08/2020`,
 * `20-08-2020`, `20.08.2020`, `20 08 2020`, `20082020` (eight digits) or
 * ISO `2020-08-20`. A date is whole only with a four-digit year, so typing
 * `2`, `20`, `202` never saves the years 2, 20 or 202.
 */
export function parseDateEntry(text: string): DateEntry {
  const t = text.trim();
  if (t === '') return { state: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return judge(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d+)$/.exec(t);
  if (m) {
    if (m[3]!.length < 4) return { state: 'incomplete' };
    if (m[3]!.length > 4) return { state: 'invalid', reason: 'year' };
    return judge(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (m) return judge(Number(m[3]), Number(m[2]), Number(m[1]));
  // Still typing: digits and separators that could grow into a date.
  if (/^[\d/.\-\s]*$/.test(t) && t.replace(/\D/g, '').length < 8) return { state: 'incomplete' };
  return { state: 'invalid', reason: 'no-such-day' };
}

/** An ISO date as people read it: 15/09/2020; `—` for none. */
export function formatDmy(iso: string | null | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '—';
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A month `YYYY-MM` as people read it: 09/2020. */
export function formatMonth(month: string): string {
  return /^\d{4}-\d{2}$/.test(month) ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : month;
}

/** Reads `9/2020`, `09/2020`, `09-2020` or `2020-09` as `YYYY-MM`, or `null`. */
export function parseMonthEntry(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/.exec(t);
  let y: number;
  let mo: number;
  if (m) {
    mo = Number(m[1]);
    y = Number(m[2]);
  } else {
    m = /^(\d{4})-(\d{1,2})$/.exec(t);
    if (!m) return null;
    y = Number(m[1]);
    mo = Number(m[2]);
  }
  if (mo < 1 || mo > 12 || y < MIN_YEAR || y > MAX_YEAR) return null;
  return `${y}-${pad2(mo)}`;
}

const VN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam (UTC+7), whatever the computer's time zone. */
export function todayInVietnam(now: number = Date.now()): string {
  const parts = VN_DAY.formatToParts(new Date(now));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A time of day as people read it in a saved-at line: 14:05 dd/mm/yyyy, Vietnam time. */
export function formatSavedAt(epochMs: number): string {
  const iso = todayInVietnam(epochMs);
  const t = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(epochMs));
  return `${t} ${formatDmy(iso)}`;
}
