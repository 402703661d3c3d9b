/**
 * Recognise: durations (*½ ngày*, *01 buổi*, *1,5 ngày*, *nửa ngày*) and the
 * share given to discussion (*trong đó dành 1/2 ngày để thảo luận*), in half-days.
 */
import type { Duration } from '@rollout/core';
import type { Found } from './found.js';

const NUM = String.raw`(?<![a-z\d/.,])(\d{1,2}(?:[.,]\d)?|½|1\s*/\s*2|mot nua|nua|mot|hai|ba)`;
const DURATION = new RegExp(String.raw`${NUM}\s*(ngay|buoi)(?!\s*(?:lam viec|ke tu))\b`, 'g');
const DISCUSSION = new RegExp(
  String.raw`(?:trong do|danh)\s+(?:danh\s+)?(?:khoang\s+)?${NUM}\s*(ngay|buoi)\s+(?:de\s+|cho\s+)?(?:thao luan|trao doi)`,
  'g',
);

export function halfDays(num: string, unit: string): number | undefined {
  const n = num.replace(/\s+/g, '');
  let value: number;
  if (n === '½' || n === '1/2' || n === 'nua' || n === 'motnua') value = 0.5;
  else if (n === 'mot') value = 1;
  else if (n === 'hai') value = 2;
  else if (n === 'ba') value = 3;
  else value = Number(n.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const halves = unit === 'buoi' ? value : value * 2;
  return Number.isInteger(halves) && halves <= 60 ? halves : undefined;
}

/** The discussion share (*trong đó dành 1/2 ngày để thảo luận*). */
export function findDiscussion(folded: string): Found<Duration> | undefined {
  DISCUSSION.lastIndex = 0;
  const m = DISCUSSION.exec(folded);
  if (!m) return undefined;
  const h = halfDays(m[1]!, m[2]!);
  return h === undefined
    ? undefined
    : { start: m.index, end: m.index + m[0].length, value: { halfDays: h } };
}

/** The first duration outside `skip` (a discussion share). */
export function findDuration(
  folded: string,
  skip?: { start: number; end: number },
  skip2?: { start: number; end: number },
): Found<Duration> | undefined {
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(folded); m !== null; m = DURATION.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip && start < skip.end && end > skip.start) continue;
    if (skip2 && start < skip2.end && end > skip2.start) continue;
    // "ngày 15" is a date, not a duration: the number must come before the unit.
    const h = halfDays(m[1]!, m[2]!);
    if (h !== undefined) return { start, end, value: { halfDays: h } };
  }
  return undefined;
}
