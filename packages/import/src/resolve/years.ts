/**
 * Resolve: the year of a date the text wrote without one (*Sáng 25/12*, *trước
 * ngày 30/9*, *trong tháng 11*), from the context, with its reason.
 *
 * @remarks In this order of trust (chrono's implied components, with the
 * reference date found in the page itself):
 * 1. the page's own date line (*04/01/2024 09:35*) — a held session is the
 *    latest such day on or before it, a deadline the first on or after it;
 *    a date line the text contradicts (*Sáng nay (3/11)* under *12/08/2022*,
 *    or years later than every year the text names) is not trusted;
 * 2. the page's source address (`…/202012/…`);
 * 3. the studied resolution's date (a session comes after it) or the term of
 *    the congress whose resolution is studied (*Nghị quyết Đại hội … nhiệm kỳ
 *    2025 – 2030*: studied in 2025);
 * 4. the year the text itself names most (*năm 2015*, *20/3/2018*), targets
 *    (*đến năm 2030*), terms and periods (*2020 – 2025*) left out.
 * None of these: no year, and the date is reported, not completed.
 */
import { findTimes, isoDate } from '../recognise/dates.js';

/** Where a year came from. */
export type YearReason =
  | 'post-date'
  | 'address'
  | 'resolution'
  | 'term'
  | 'text'
  | 'nearby'
  | 'plan-date';

/** What a text offers to imply years from. */
export interface YearContext {
  readonly post?: { readonly iso: string };
  readonly address?: { readonly year: number; readonly month: number };
  readonly resolution?: { readonly iso: string };
  readonly term?: { readonly year: number };
  readonly text?: { readonly year: number };
}

/** An implied year and why. */
export interface ImpliedYear {
  readonly year: number;
  readonly reason: YearReason;
}

const mmdd = (m: number, d: number) => m * 100 + d;

/**
 * The year of a day and month (`day` 0 for a month alone): a held session
 * looks back from a reference, a deadline forward.
 */
export function impliedYear(
  month: number,
  day: number,
  direction: 'past' | 'future',
  yc: YearContext,
): ImpliedYear | undefined {
  const md = mmdd(month, day);
  const from = (iso: string, reason: YearReason): ImpliedYear => {
    const y = Number(iso.slice(0, 4));
    const ref = mmdd(Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
    if (direction === 'past') return { year: md <= ref ? y : y - 1, reason };
    return { year: md >= ref || day === 0 ? y : y + 1, reason };
  };
  if (yc.post) return from(yc.post.iso, 'post-date');
  if (yc.address) {
    const { year, month: am } = yc.address;
    if (direction === 'past') return { year: month <= am ? year : year - 1, reason: 'address' };
    return { year: month >= am ? year : year + 1, reason: 'address' };
  }
  if (yc.resolution) {
    const y = Number(yc.resolution.iso.slice(0, 4));
    const ref = mmdd(Number(yc.resolution.iso.slice(5, 7)), Number(yc.resolution.iso.slice(8, 10)));
    return { year: md >= ref ? y : y + 1, reason: 'resolution' };
  }
  // A term gives the year of the congress; the study may fall in a later year the text names.
  if (yc.term) {
    const t = yc.text?.year;
    return t !== undefined && t >= yc.term.year && t <= yc.term.year + 4
      ? { year: t, reason: 'text' }
      : { year: yc.term.year, reason: 'term' };
  }
  if (yc.text) return { year: yc.text.year, reason: 'text' };
  return undefined;
}

const DOCUMENT =
  /\b(?:nghi quyet|chi thi|ket luan|quy dinh|ke hoach|huong dan|cong van|thong bao|quyet dinh|chuong trinh|de an)\s+(?:so\s+)?[\w./-]{0,20}\s*,?\s*(?:ngay\s+)?$/;
const TERM = /\bnghi quyet dai hoi[^.;\n]{0,140}?nhiem ky\s{0,3}(\d{4})\s{0,3}-\s{0,3}(\d{4})/;
const NOT_A_YEAR_OF_THE_TEXT =
  /(?:\bden|\btoi|\btam nhin|\bgiai doan|\bnhiem ky|\bthoi ky|\bkhoa|\bsau|\btruoc|\d\s{0,3}-)\s{0,3}(?:nam\s{1,3})?$/;

/**
 * The year context of a stretch of text: its post date (when consistent),
 * address, latest cited document's date, term and most-named year.
 */
export function yearContext(
  folded: string,
  post: string | undefined,
  address: { year: number; month: number } | undefined,
  skip: ReadonlyArray<{ start: number; end: number }>,
): YearContext {
  const counts = new Map<number, number>();
  let document: string | undefined;
  for (const t of findTimes(folded)) {
    if (skip.some((s) => t.start < s.end && t.end > s.start)) continue;
    const v = t.value;
    // A cited document's date (*Kế hoạch số 176 ngày 26.8.2019*): what is studied came out then.
    if (
      v.kind === 'date' &&
      v.date.year !== undefined &&
      DOCUMENT.test(folded.slice(Math.max(0, t.dateStart - 50), t.dateStart))
    ) {
      const iso = isoDate(v.date.year, v.date.month, v.date.day);
      if (iso && (document === undefined || iso > document)) document = iso;
    }
    const y =
      v.kind === 'date'
        ? v.date.year
        : v.kind === 'month' || v.kind === 'quarter' || v.kind === 'year'
          ? v.year
          : undefined;
    if (y === undefined || y < 1945 || y > 2100) continue;
    if (NOT_A_YEAR_OF_THE_TEXT.test(folded.slice(Math.max(0, t.start - 20), t.dateStart))) continue;
    if (/^\s{0,3}-\s{0,3}\d{4}/.test(folded.slice(t.end, t.end + 8))) continue;
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let text: number | undefined;
  for (const [y, n] of counts)
    if (text === undefined || n > counts.get(text)! || (n === counts.get(text) && y > text))
      text = y;
  const term = TERM.exec(folded);
  let trusted = post;
  if (post) {
    const py = Number(post.slice(0, 4));
    const today =
      /\b(?:hom nay|sang nay|chieu nay|toi nay|trua nay)\s{0,3}\(?\s{0,3}(\d{1,2})\s{0,3}[/.-]\s{0,3}(\d{1,2})/.exec(
        folded,
      );
    const contradicted =
      (today &&
        (Number(today[1]) !== Number(post.slice(8, 10)) ||
          Number(today[2]) !== Number(post.slice(5, 7)))) ||
      (counts.size > 0 && Math.max(...counts.keys()) + 1 < py);
    if (contradicted) trusted = undefined;
  }
  return {
    ...(document ? { resolution: { iso: document } } : {}),
    ...(trusted ? { post: { iso: trusted } } : {}),
    ...(address ? { address } : {}),
    ...(term ? { term: { year: Number(term[1]) } } : {}),
    ...(text !== undefined ? { text: { year: text } } : {}),
  };
}

/** The words a message gives for each reason. */
export const YEAR_REASONS: Record<YearReason, { vi: string; en: string }> = {
  'post-date': { vi: 'ngày đăng của trang', en: "the page's post date" },
  address: { vi: 'địa chỉ nguồn của trang', en: "the page's source address" },
  resolution: { vi: 'ngày ban hành của nghị quyết', en: "the resolution's date" },
  term: { vi: 'nhiệm kỳ của nghị quyết đại hội', en: "the congress resolution's term" },
  text: { vi: 'năm văn bản nêu', en: 'the year the text names' },
  nearby: { vi: 'năm ghi ngay trước đó trong văn bản', en: 'the year written just before it' },
  'plan-date': { vi: 'ngày của kế hoạch', en: "the plan's date" },
};
