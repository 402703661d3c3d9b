import { match } from 'ts-pattern';
import type { DateRule, Duration } from '../model/date-rule.js';
import type { Method } from '../model/session.js';
import { formatDuration } from './duration.js';
import type { FormatLang } from './labels.js';
import { METHOD_LABELS } from './labels.js';
import { englishMonth, formatShortDate, isoParts } from './vi-date.js';

/**
 * Options of {@link formatDateRule} and {@link formatSessionTime}.
 *
 * @category Rendering
 */
export interface FormatDateRuleOptions {
  /** `vi` (default) or `en`. */
  readonly lang?: FormatLang;
  /**
   * Names the activity an `after` rule refers to (a session or deliverable
   * id), e.g. `s-district` → *hội nghị cấp huyện*. Without it, or when it
   * returns `undefined`, the id itself is printed.
   */
  readonly resolveRef?: (id: string) => string | undefined;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function spanVi(from: string, to: string): string {
  const a = isoParts(from);
  const b = isoParts(to);
  if (!a || !b) return `từ ngày ${from} - ${to}`;
  if (from === to) return `trong ngày ${formatShortDate(from)}`;
  if (a.y === b.y && a.m === b.m) return `từ ngày ${a.d} - ${b.d}/${b.m}/${b.y}`;
  if (a.y === b.y) return `từ ngày ${a.d}/${a.m} - ${b.d}/${b.m}/${b.y}`;
  return `từ ngày ${formatShortDate(from)} - ${formatShortDate(to)}`;
}

function spanEn(from: string, to: string): string {
  const a = isoParts(from);
  const b = isoParts(to);
  if (!a || !b) return `from ${from} to ${to}`;
  if (from === to) return `on ${formatShortDate(from, 'en')}`;
  if (a.y === b.y && a.m === b.m) return `from ${a.d} to ${b.d} ${englishMonth(b.m)} ${b.y}`;
  if (a.y === b.y) return `from ${a.d} ${englishMonth(a.m)} to ${b.d} ${englishMonth(b.m)} ${b.y}`;
  return `from ${formatShortDate(from, 'en')} to ${formatShortDate(to, 'en')}`;
}

function withinParts(rule: Extract<DateRule, { kind: 'within' }>): {
  vi: string;
  en: string;
} {
  if ('month' in rule) {
    const [y, m] = rule.month.split('-');
    const month = Number(m);
    return { vi: `trong tháng ${month}/${y}`, en: `within ${englishMonth(month)} ${y}` };
  }
  if ('quarter' in rule) {
    const [y, q] = rule.quarter.split('-Q');
    const n = Number(q);
    return { vi: `trong quý ${ROMAN[n - 1] ?? q}/${y}`, en: `within Q${q} ${y}` };
  }
  return { vi: `trong năm ${rule.year}`, en: `within ${rule.year}` };
}

/**
 * Writes a date rule in Vietnamese (or English) the way plans write it.
 *
 * @remarks This is the one formatter of date rules: the document renderers
 * use it and the importer reads its phrases back. The Vietnamese grammar
 * (`D`, `M` without leading zeros, `YYYY` four digits, `N` a whole number):
 *
 * | rule | phrase |
 * |---|---|
 * | `by` | `hoàn thành trước ngày D/M/YYYY` (inclusive: done by that day) |
 * | `within` month | `trong tháng M/YYYY` |
 * | `within` quarter | `trong quý I/YYYY` … `trong quý IV/YYYY` |
 * | `within` year | `trong năm YYYY` |
 * | `span`, one day | `trong ngày D/M/YYYY` |
 * | `span`, one month | `từ ngày D1 - D2/M/YYYY` |
 * | `span`, one year | `từ ngày D1/M1 - D2/M2/YYYY` |
 * | `span`, two years | `từ ngày D1/M1/Y1 - D2/M2/Y2` |
 * | `after`, working days | `trong vòng N ngày làm việc sau REF` |
 * | `after`, calendar days | `trong vòng N ngày sau REF` |
 * | `held` | `ngày D/M/YYYY` |
 *
 * `REF` is `resolveRef(ref)` or the id. The dash is a hyphen-minus with a
 * space each side. English: `by 15 September 2020`, `within December 2020`,
 * `within Q1 2021`, `within 2021`, `on 16 March 2021`, `from 16 to 17 March
 * 2021`, `from 30 March to 2 April 2021`, `from 30 December 2020 to 2 January
 * 2021`, `within 10 working days after REF`, `within 10 days after REF`,
 * `on 31 August 2020`. Dates are read from their digits: no time zone enters.
 * @param rule - A date rule.
 * @param options - Language and a namer of referenced activities.
 * @returns The phrase, without a final full stop.
 * @example
 * ```ts
 * formatDateRule({ kind: 'by', date: '2020-09-15' }); // => 'hoàn thành trước ngày 15/9/2020'
 * formatDateRule({ kind: 'within', quarter: '2021-Q1' }); // => 'trong quý I/2021'
 * formatDateRule({ kind: 'span', from: '2021-03-30', to: '2021-04-02' }); // => 'từ ngày 30/3 - 2/4/2021'
 * formatDateRule({ kind: 'after', ref: 's-district', days: 10, calendar: 'working' }, {
 *   resolveRef: () => 'hội nghị cấp huyện',
 * }); // => 'trong vòng 10 ngày làm việc sau hội nghị cấp huyện'
 * formatDateRule({ kind: 'after', anchor: 'own-session', days: 15, calendar: 'calendar' });
 * // => 'trong vòng 15 ngày sau hội nghị của đơn vị'
 * formatDateRule({ kind: 'within', month: '2020-12' }, { lang: 'en' }); // => 'within December 2020'
 * ```
 * @see {@link formatSessionTime}, {@link formatDuration}, {@link formatViDate}
 * @category Rendering
 */
export function formatDateRule(rule: DateRule, options: FormatDateRuleOptions = {}): string {
  const en = options.lang === 'en';
  // Exhaustive: a new kind of rule does not compile until it has words.
  return match<DateRule, string>(rule)
    .with({ kind: 'by' }, (r) =>
      en
        ? `by ${formatShortDate(r.date, 'en')}`
        : `hoàn thành trước ngày ${formatShortDate(r.date)}`,
    )
    .with({ kind: 'within' }, (r) => {
      const parts = withinParts(r);
      return en ? parts.en : parts.vi;
    })
    .with({ kind: 'span' }, (r) => (en ? spanEn(r.from, r.to) : spanVi(r.from, r.to)))
    .with({ kind: 'after' }, (r) => {
      const ref =
        'ref' in r
          ? (options.resolveRef?.(r.ref) ?? r.ref)
          : r.anchor === 'own-session'
            ? en
              ? "the unit's own session"
              : 'hội nghị của đơn vị'
            : en
              ? "the upper tier's session"
              : 'hội nghị của cấp trên';
      if (en) {
        const unit = r.calendar === 'working' ? 'working day' : 'day';
        return `within ${r.days} ${unit}${r.days === 1 ? '' : 's'} after ${ref}`;
      }
      const unit = r.calendar === 'working' ? 'ngày làm việc' : 'ngày';
      return `trong vòng ${r.days} ${unit} sau ${ref}`;
    })
    .with({ kind: 'held' }, (r) =>
      en ? `on ${formatShortDate(r.date, 'en')}` : `ngày ${formatShortDate(r.date)}`,
    )
    .exhaustive();
}

/**
 * What {@link formatSessionTime} needs of a session.
 *
 * @category Rendering
 */
export interface SessionTimeInput {
  /** How the session is (or was) held. */
  readonly method: Method;
  /** Its length. */
  readonly duration: Duration;
  /** The share of it given to discussion, if any. */
  readonly discussion?: Duration | undefined;
  /** When it is due, or when it was held. */
  readonly deadline: DateRule;
}

/**
 * Writes the *Thời gian* line of a tier's study block: duration, then the
 * deadline (*½ ngày, hoàn thành trước ngày 15/9/2020*), or the day it was
 * held (*½ ngày, đã học trực tuyến ngày 31/8/2020*).
 *
 * @remarks Grammar for readers: `DURATION[ (trong đó DURATION thảo luận)], WHEN`
 * where `DURATION` is {@link formatDuration}'s phrase and `WHEN` is
 * {@link formatDateRule}'s phrase, except for a `held` rule, which reads
 * `đã học METHOD ngày D/M/YYYY` (`METHOD` from {@link METHOD_LABELS}; a
 * self-study session reads `đã tự nghiên cứu ngày D/M/YYYY`). English:
 * `DURATION[ (of which DURATION for discussion)], WHEN`, a held session
 * `already held METHOD on D Month YYYY` (`already studied by self-study on …`).
 * @param session - The session's method, duration, discussion and deadline.
 * @param options - Language and a namer of referenced activities.
 * @returns The line, without *Thời gian:* and without a final full stop.
 * @example
 * ```ts
 * formatSessionTime({ method: 'online', duration: { halfDays: 1 }, deadline: { kind: 'held', date: '2020-08-31' } });
 * // => '½ ngày, đã học trực tuyến ngày 31/8/2020'
 * formatSessionTime({
 *   method: 'in-person',
 *   duration: { halfDays: 2 },
 *   discussion: { halfDays: 1 },
 *   deadline: { kind: 'by', date: '2020-09-15' },
 * }); // => '1 ngày (trong đó ½ ngày thảo luận), hoàn thành trước ngày 15/9/2020'
 * ```
 * @see {@link formatDateRule}
 * @category Rendering
 */
export function formatSessionTime(
  session: SessionTimeInput,
  options: FormatDateRuleOptions = {},
): string {
  const lang = options.lang ?? 'vi';
  const en = lang === 'en';
  let text = formatDuration(session.duration, lang);
  if (session.discussion) {
    const d = formatDuration(session.discussion, lang);
    text += en ? ` (of which ${d} for discussion)` : ` (trong đó ${d} thảo luận)`;
  }
  const rule = session.deadline;
  let when: string;
  if (rule.kind === 'held') {
    const date = formatShortDate(rule.date, lang);
    if (session.method === 'self-study') {
      when = en ? `already studied by self-study on ${date}` : `đã tự nghiên cứu ngày ${date}`;
    } else {
      const method = METHOD_LABELS[session.method];
      when = en ? `already held ${method.en} on ${date}` : `đã học ${method.vi} ngày ${date}`;
    }
  } else {
    when = formatDateRule(rule, options);
  }
  return `${text}, ${when}`;
}
