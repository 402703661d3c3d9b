import type { FormatLang, Plan, ProgressCounts, RollupResult } from '@rollout/core';
import {
  formatDocumentReference,
  formatShortDate,
  formatViDate,
  parseDocumentReference,
} from '@rollout/core';
import { cleanText, endSentence, lowerFirst } from './clean.js';
import { writeHtml } from './html.js';
import type { PlanBlock, PlanLayout, RenderPlanOptions } from './layout.js';
import { layoutPlan, resolveRules } from './layout.js';
import { writeMarkdown } from './markdown.js';
import { writeText } from './text.js';

/**
 * Options of the progress-report renderers ({@link renderProgressText},
 * {@link renderProgressMarkdown}, {@link renderProgressHtml}).
 *
 * @category Rendering
 */
export interface ProgressReportOptions extends RenderPlanOptions {
  /**
   * The plan reported on: its issuer, motto, place, number and title head the
   * report, its signature closes it, and its session and deliverable names
   * replace ids. Without it the report has no issuer and uses ids.
   */
  readonly plan?: Plan;
  /** The report's date (ISO); default the roll-up's `today`. */
  readonly date?: string;
  /** The report's number and symbol; default a blank number, `BC` and the plan's issuer symbol (`-BC/HNDT`). */
  readonly reference?: string;
  /** Name of the place in the date line when there is no plan. */
  readonly place?: string;
}

const VI = {
  kind: 'BÁO CÁO',
  title: (t: string | undefined) =>
    t === undefined ? 'Kết quả học tập, quán triệt' : `Kết quả ${lowerFirst(t)}`,
  intro: (ref: string | undefined, date: string | undefined, today: string | null) =>
    `${ref === undefined ? 'Thực hiện kế hoạch học tập, quán triệt' : `Thực hiện Kế hoạch số ${ref}${date === undefined ? '' : ` ngày ${formatShortDate(date)}`}`}, kết quả${today === null ? '' : ` tính đến ngày ${formatShortDate(today)}`} như sau:`,
  overall: 'KẾT QUẢ CHUNG',
  byTier: 'KẾT QUẢ THEO CẤP',
  overdue: 'ĐƠN VỊ CHẬM TIẾN ĐỘ',
  notes: 'SỐ LIỆU TỔNG HỢP',
  sessions: 'Hội nghị học tập, quán triệt:',
  sessionsText: (c: ProgressCounts['sessions'], n: (x: number) => string) =>
    `đã tổ chức ${n(c.held)}/${n(c.expected)} (đến hạn ${n(c.due)}; được miễn ${n(c.exempted)}; tổ chức chậm ${n(c.heldLate)}; quá hạn chưa tổ chức ${n(c.overdue)}; tổng số ngày chậm ${n(c.daysLate)})`,
  attendance: 'Số người dự học:',
  bridge: 'Điểm cầu trực tuyến:',
  reflections: 'Thu hoạch cá nhân:',
  actionPlans: 'Kế hoạch hành động:',
  actionPlansText: (a: ProgressCounts['actionPlans'], n: (x: number) => string) =>
    `đã ban hành ${n(a.issued)}/${n(a.expected)}; quá hạn ${n(a.overdue)}`,
  reportsInspections: 'Báo cáo gửi cấp trên, kiểm tra:',
  reportsText: (r: number, i: number, n: (x: number) => string) =>
    `${n(r)} báo cáo; ${n(i)} cuộc kiểm tra`,
  of: (x: string, y: string, rate: string | null) =>
    `${x}/${y}${rate === null ? '' : ` (đạt ${rate})`}`,
  units: (n: string) => `${n} đơn vị`,
  sessionKind: 'hội nghị',
  actionPlanKind: 'kế hoạch hành động',
  late: (deadline: string, days: string) => `hạn ${formatShortDate(deadline)}, chậm ${days} ngày`,
  more: (n: string) => `Và ${n} mục khác.`,
  events: (s: RollupResult['events'], issues: number, n: (x: number) => string) =>
    `Tổng hợp từ ${n(s.accepted)}/${n(s.read)} báo cáo sự kiện (${n(s.duplicates)} trùng lặp, ${n(s.rejected)} bị loại)${issues > 0 ? `; ${n(issues)} vấn đề cần xem lại` : ''}.`,
  blankDate: 'ngày    tháng    năm',
};

const EN: typeof VI = {
  kind: 'REPORT',
  title: (t) => (t === undefined ? 'Study progress' : `Results: ${t}`),
  intro: (ref, date, today) =>
    `${ref === undefined ? 'Under the study plan' : `Under plan No. ${ref}${date === undefined ? '' : ` of ${formatShortDate(date, 'en')}`}`}, the results${today === null ? '' : ` as of ${formatShortDate(today, 'en')}`} are as follows:`,
  overall: 'OVERALL RESULTS',
  byTier: 'RESULTS BY TIER',
  overdue: 'UNITS BEHIND SCHEDULE',
  notes: 'DATA',
  sessions: 'Study sessions:',
  sessionsText: (c, n) =>
    `${n(c.held)} of ${n(c.expected)} held (${n(c.due)} due; ${n(c.exempted)} exempted; ${n(c.heldLate)} held late; ${n(c.overdue)} overdue; ${n(c.daysLate)} days late in all)`,
  attendance: 'Attendance:',
  bridge: 'Online bridge points:',
  reflections: 'Personal reflections:',
  actionPlans: 'Action plans:',
  actionPlansText: (a, n) => `${n(a.issued)} of ${n(a.expected)} issued; ${n(a.overdue)} overdue`,
  reportsInspections: 'Reports sent upward, inspections:',
  reportsText: (r, i, n) => `${n(r)} reports; ${n(i)} inspections`,
  of: (x, y, rate) => `${x} of ${y}${rate === null ? '' : ` (${rate})`}`,
  units: (n) => `${n} units`,
  sessionKind: 'session',
  actionPlanKind: 'action plan',
  late: (deadline, days) => `due ${formatShortDate(deadline, 'en')}, ${days} days late`,
  more: (n) => `And ${n} more.`,
  events: (s, issues, n) =>
    `Compiled from ${n(s.accepted)} of ${n(s.read)} event reports (${n(s.duplicates)} duplicates, ${n(s.rejected)} rejected)${issues > 0 ? `; ${n(issues)} issues to review` : ''}.`,
  blankDate: '…… (date to be filled in)',
};

/** Stands in for the plan when there is none: a state issuer, so `state-2020` by default. */
const NO_PLAN: Pick<Plan, 'header'> = {
  header: { issuer: { name: '-', kind: 'state' }, reference: '-', place: '-', title: '-' },
};

/** A whole number with thousands grouped: `24.000` (vi), `24,000` (en). */
function formatCount(value: number, lang: FormatLang): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
  return `${sign}${grouped}`;
}

/** A rate 0–1 as a percentage with one decimal: `85,5%` (vi), `85.5%` (en). */
function formatRate(rate: number | null, lang: FormatLang): string | null {
  if (rate === null || !Number.isFinite(rate)) return null;
  const tenths = Math.round(rate * 1000);
  const text = `${Math.trunc(tenths / 10)}${tenths % 10 === 0 ? '' : `.${Math.abs(tenths % 10)}`}`;
  return `${lang === 'en' ? text : text.replace('.', ',')}%`;
}

const line = (label: string, text: string): PlanBlock => ({
  type: 'paragraph',
  marker: '-',
  runs: [{ text: label, italic: true }, { text: ` ${endSentence(text)}` }],
});

function countLines(c: ProgressCounts, lang: FormatLang): PlanBlock[] {
  const L = lang === 'en' ? EN : VI;
  const n = (x: number) => formatCount(x, lang);
  const ratio = (x: number, y: number, rate: number | null) =>
    y > 0 ? L.of(n(x), n(y), formatRate(rate, lang)) : n(x);
  return [
    line(L.sessions, L.sessionsText(c.sessions, n)),
    line(L.attendance, ratio(c.attendance.present, c.attendance.expected, c.attendance.rate)),
    line(L.bridge, n(c.bridgePoints)),
    line(L.reflections, ratio(c.reflections.submitted, c.reflections.expected, c.reflections.rate)),
    line(L.actionPlans, L.actionPlansText(c.actionPlans, n)),
    line(L.reportsInspections, L.reportsText(c.reports, c.inspections, n)),
  ];
}

/**
 * Lays out a progress report (*Báo cáo kết quả học tập, quán triệt*) from a
 * roll-up, in the same official layout as a plan.
 *
 * @remarks The header, number, place and signature come from the plan when
 * given. The sections: I. overall results (sessions held, due, exempted,
 * late and overdue; attendance and its rate; bridge points; reflections;
 * action plans; reports and inspections), II. results by tier, III. the
 * units behind schedule (the roll-up's `overdue` list, most late first),
 * IV. what the figures were compiled from. Numbers group thousands (`24.000`);
 * rates have one decimal (`85,5%`). Only the roll-up's figures are printed;
 * nothing is recomputed.
 * @param report - The roll-up as plain data: `rollup(plan, events, options).toJSON()`.
 * @param options - The plan, date, number, language, rule set.
 * @returns The laid-out report, ready for the text, Markdown and HTML writers.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { type ProgressEvent, plan985KhHndt, rollup } from '@rollout/core';
 * const events: ProgressEvent[] = [
 *   { kind: 'session-held', unit: 'district', session: 's-district', date: '2020-09-12',
 *     method: 'online', attendees: { present: 85, expected: 90 },
 *     recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-09-12T17:00:00+07:00' },
 * ];
 * const report = rollup(plan985KhHndt, events, { today: '2020-10-20' }).toJSON();
 * layoutProgressReport(report, { plan: plan985KhHndt }).kind; // => 'BÁO CÁO'
 * ```
 * @see {@link renderProgressText}, {@link renderProgressHtml}, {@link renderProgressMarkdown}
 * @category Rendering
 */
export function layoutProgressReport(
  report: RollupResult,
  options: ProgressReportOptions = {},
): PlanLayout {
  const lang: FormatLang = options.lang === 'en' ? 'en' : 'vi';
  const L = lang === 'en' ? EN : VI;
  const plan = options.plan;
  const n = (x: number) => formatCount(x, lang);
  const date = options.date ?? report.today ?? undefined;

  let base: PlanLayout | undefined;
  if (plan) {
    base = layoutPlan(plan, options);
  }
  const rules = resolveRules(plan ?? NO_PLAN, options.rules);

  let reference = options.reference;
  if (reference === undefined && plan) {
    const parsed = parseDocumentReference(plan.header.reference);
    if (parsed) {
      const { number: _n, year: _y, ...rest } = parsed;
      reference = formatDocumentReference({ ...rest, type: 'BC' });
    }
  }
  const rawRef = cleanText(reference ?? '-BC');
  const prefix = lang === 'en' ? 'No. ' : rules.referencePrefix;
  const place = cleanText(plan?.header.place ?? options.place ?? '');
  const when = date === undefined ? L.blankDate : formatViDate(date, { lang, pad: rules.padDate });
  const header: PlanLayout['header'] = {
    ...(base?.header.parent === undefined ? {} : { parent: base.header.parent }),
    issuer: base?.header.issuer ?? '',
    mark: rules.issuerMark,
    motto: base?.header.motto ?? rules.defaultMotto,
    mottoLines:
      base?.header.mottoLines ??
      (lang === 'en'
        ? ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness']
        : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']),
    reference: `${prefix}${/^[-/]/.test(rawRef) ? '     ' : ''}${rawRef}`,
    placeDate: place === '' ? when : `${place}, ${when}`,
  };

  const body: PlanBlock[] = [
    {
      type: 'paragraph',
      runs: [
        {
          text: L.intro(
            plan ? cleanText(plan.header.reference) : undefined,
            plan?.header.date,
            report.today,
          ),
        },
      ],
    },
    { type: 'heading', text: `I. ${L.overall}` },
    ...countLines(report.totals, lang),
  ];
  let section = 1;
  if (report.tiers.length > 0) {
    body.push({ type: 'heading', text: `${['I', 'II', 'III', 'IV'][section++]}. ${L.byTier}` });
    report.tiers.forEach((tier, i) => {
      body.push({
        type: 'subheading',
        text: `${i + 1}. ${cleanText(tier.name)} (${L.units(n(tier.units))})`,
      });
      body.push(...countLines(tier.counts, lang));
    });
  }
  if (report.overdueTotal > 0) {
    body.push({ type: 'heading', text: `${['I', 'II', 'III', 'IV'][section++]}. ${L.overdue}` });
    const names = new Map<string, string>();
    if (plan) {
      const planLayoutNames = new Map(plan.tiers.map((t) => [t.id, cleanText(t.name)]));
      for (const s of plan.sessions) {
        names.set(
          s.id,
          s.title !== undefined ? cleanText(s.title) : (planLayoutNames.get(s.tier) ?? s.tier),
        );
      }
      for (const d of plan.deliverables)
        if (d.title !== undefined) names.set(d.id, cleanText(d.title));
    }
    for (const item of report.overdue) {
      const kind = item.kind === 'session' ? L.sessionKind : L.actionPlanKind;
      const what = names.get(item.activity) ?? item.activity;
      body.push({
        type: 'paragraph',
        marker: '-',
        runs: [
          {
            text: `${cleanText(item.name)}: ${kind} ${what} (${L.late(item.deadline, n(item.daysLate))}).`,
          },
        ],
      });
    }
    if (report.overdue.length < report.overdueTotal) {
      body.push({
        type: 'paragraph',
        marker: '-',
        runs: [{ text: L.more(n(report.overdueTotal - report.overdue.length)) }],
      });
    }
  }
  body.push({ type: 'heading', text: `${['I', 'II', 'III', 'IV'][section++]}. ${L.notes}` });
  body.push({
    type: 'paragraph',
    runs: [{ text: L.events(report.events, report.issues.length, n) }],
  });

  return {
    lang,
    rules,
    header,
    kind: L.kind,
    title: L.title(plan ? cleanText(plan.header.title) : undefined),
    body,
    ...(base?.signature === undefined ? {} : { signature: base.signature }),
  };
}

/**
 * Renders a progress report (*Báo cáo kết quả học tập, quán triệt*) as plain text.
 *
 * @remarks See {@link layoutProgressReport} for what the report holds.
 * @param report - The roll-up as plain data (`rollup(…).toJSON()`).
 * @param options - The plan, date, number, language, rule set.
 * @returns The text, ending with a newline.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt, rollup } from '@rollout/core';
 * const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON(); // no event yet
 * const text = renderProgressText(report, { plan: plan985KhHndt });
 * text.includes('BÁO CÁO'); // => true
 * ```
 * @see {@link renderProgressHtml}, {@link renderProgressMarkdown}
 * @category Rendering
 */
export function renderProgressText(
  report: RollupResult,
  options: ProgressReportOptions = {},
): string {
  return writeText(layoutProgressReport(report, options));
}

/**
 * Renders a progress report as Markdown, every text escaped.
 *
 * @remarks See {@link layoutProgressReport} for what the report holds.
 * @param report - The roll-up as plain data (`rollup(…).toJSON()`).
 * @param options - The plan, date, number, language, rule set.
 * @returns The Markdown, ending with a newline.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt, rollup } from '@rollout/core';
 * const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON(); // no event yet
 * renderProgressMarkdown(report, { plan: plan985KhHndt }).includes('# BÁO CÁO'); // => true
 * ```
 * @see {@link renderProgressText}, {@link renderProgressHtml}
 * @category Rendering
 */
export function renderProgressMarkdown(
  report: RollupResult,
  options: ProgressReportOptions = {},
): string {
  return writeMarkdown(layoutProgressReport(report, options));
}

/**
 * Renders a progress report as a standalone, print-ready A4 HTML page.
 *
 * @remarks See {@link layoutProgressReport} for what the report holds; the
 * page is written as {@link renderHtml} writes a plan.
 * @param report - The roll-up as plain data (`rollup(…).toJSON()`).
 * @param options - The plan, date, number, language, rule set.
 * @returns The HTML document.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt, rollup } from '@rollout/core';
 * const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON(); // no event yet
 * renderProgressHtml(report, { plan: plan985KhHndt }).startsWith('<!DOCTYPE html>'); // => true
 * ```
 * @see {@link renderProgressText}, {@link renderProgressMarkdown}
 * @category Rendering
 */
export function renderProgressHtml(
  report: RollupResult,
  options: ProgressReportOptions = {},
): string {
  return writeHtml(layoutProgressReport(report, options));
}
