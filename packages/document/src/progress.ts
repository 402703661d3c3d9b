import type {
  FormatLang,
  OverdueItem,
  Plan,
  ProgressCounts,
  ReadonlyPlan,
  Recipient,
  RollupResult,
  UnitProgress,
} from '@rollout/core';
import {
  formatDocumentReference,
  formatShortDate,
  formatViDate,
  parseDocumentReference,
} from '@rollout/core';
import { clean, endSentence, lowerFirst } from './clean.js';
import { writeHtml } from './html.js';
import { HTML_TABLES } from './html-table.js';
import { layingOutReport } from './internal/unreadable.js';
import type { PlanBlock, PlanLayout, RenderPlanOptions, TableBlock } from './layout.js';
import {
  closingFits,
  closingOf,
  formatReference,
  layoutPlan,
  noBreakOf,
  ROMAN,
  resolveRules,
  ruleLengths,
} from './layout.js';
import { writeMarkdown } from './markdown.js';
import { writeText } from './text.js';

/**
 * Options of the progress-report renderers ({@link renderProgressText},
 * {@link renderProgressMarkdown}, {@link renderProgressHtml}, and
 * `renderProgressDocx` of `@rollout/docx`).
 *
 * @category Rendering
 */
export interface ProgressReportOptions extends RenderPlanOptions {
  /**
   * The plan reported on: its issuer, motto, place, number and title head the
   * report, its signature closes it, and its session and deliverable names
   * replace ids. Without it the report has no issuer and uses ids.
   */
  readonly plan?: ReadonlyPlan;
  /** The report's date (ISO); default the roll-up's `today`. */
  readonly date?: string;
  /**
   * The report's own number and symbol (`12-BC/HNDT`); default a blank
   * number, `BC` and the plan's issuer symbol (`Số      -BC/HNDT`), in the rule
   * set's form.
   */
  readonly reference?: string;
  /** Name of the place in the date line when there is no plan. */
  readonly place?: string;
  /** *Ưu điểm*: the office's assessment, one paragraph each; absent, lines to fill in. */
  readonly strengths?: readonly string[];
  /** *Hạn chế, nguyên nhân*: shortcomings and their causes; absent, lines to fill in. */
  readonly shortcomings?: readonly string[];
  /** *Kiến nghị, đề xuất*: proposals to the upper tier; absent, lines to fill in. */
  readonly proposals?: readonly string[];
  /**
   * *Nơi nhận*: who receives the report; default the bodies the plan reports
   * to (its `B/c` recipients) and its archive, or *Lưu: VT* without a plan.
   */
  readonly recipients?: readonly Recipient[];
  /** At most this many units in the table of units (default 1,000); a line says how many are left out. */
  readonly maxUnitRows?: number;
}

type Counts = ProgressCounts;

const VI = {
  kind: 'BÁO CÁO',
  title: (t: string | undefined) =>
    t === undefined ? 'Kết quả học tập, quán triệt' : `Kết quả ${lowerFirst(t)}`,
  intro: (ref: string | undefined, date: string | undefined, today: string | null) =>
    `${ref === undefined ? 'Thực hiện kế hoạch học tập, quán triệt' : `Thực hiện Kế hoạch số ${ref}${date === undefined ? '' : ` ngày ${formatShortDate(date)}`}`}, kết quả${today === null ? '' : ` tính đến ngày ${formatShortDate(today)}`} như sau:`,
  results: 'KẾT QUẢ THỰC HIỆN',
  overall: 'Kết quả chung',
  byTier: 'Kết quả theo cấp',
  byUnit: 'Kết quả theo đơn vị',
  behind: 'Đơn vị chậm tiến độ',
  assessment: 'ĐÁNH GIÁ CHUNG',
  strengths: 'Ưu điểm',
  shortcomings: 'Hạn chế, nguyên nhân',
  proposals: 'KIẾN NGHỊ, ĐỀ XUẤT',
  fillIn: '…………………………………………………………………………',
  noData: 'chưa có số liệu',
  sessions: 'Hội nghị học tập, quán triệt:',
  sessionsText: (c: Counts['sessions'], n: (x: number) => string) =>
    `phải tổ chức ${n(c.expected)}, đã đến hạn ${n(c.due)}; đã tổ chức ${n(c.held)} (trong đó tổ chức chậm ${n(c.heldLate)}); được miễn ${n(c.exempted)}; quá hạn chưa tổ chức ${n(c.overdue)}`,
  attendance: 'Số người dự học:',
  attendanceText: (present: string, expected: string | null, rate: string | null) =>
    `${present}${expected === null ? '' : `/${expected} người được triệu tập`}${rate === null ? '' : `, đạt ${rate}`}`,
  bridge: 'Số điểm cầu trực tuyến:',
  reflections: 'Số bài thu hoạch cá nhân:',
  reflectionsText: (submitted: string, expected: string | null, rate: string | null) =>
    `${submitted}${expected === null ? '' : `/${expected} bài phải viết`}${rate === null ? '' : `, đạt ${rate}`}`,
  actionPlans: 'Kế hoạch hành động:',
  actionPlansText: (a: Counts['actionPlans'], n: (x: number) => string) =>
    `đã ban hành ${n(a.issued)}/${n(a.expected)}; quá hạn chưa ban hành ${n(a.overdue)}`,
  reports: 'Báo cáo gửi cấp trên, kiểm tra:',
  reportsText: (r: string, i: string) => `${r} báo cáo; ${i} cuộc kiểm tra`,
  tableIntro: (what: string) => `Số liệu ${what} như biểu dưới đây:`,
  ofTiers: 'theo từng cấp',
  ofUnits: 'của từng đơn vị',
  columns: {
    tier: 'Cấp',
    unit: 'Đơn vị',
    units: 'Số đơn vị',
    held: 'Đã tổ chức',
    due: 'Đến hạn',
    late: 'Chậm (số ngày)',
    exempt: 'Được miễn',
    attendance: 'Dự học',
    rate: 'Tỷ lệ dự học',
    reflections: 'Thu hoạch',
    actionPlans: 'Kế hoạch hành động',
  },
  total: 'Tổng cộng',
  heldLate: 'Đơn vị tổ chức hội nghị chậm so với kế hoạch:',
  heldLateItem: (names: string, days: string) => `${names}: chậm ${days} ngày`,
  overdueSessions: 'Đơn vị quá hạn chưa tổ chức hội nghị:',
  overdueActionPlans: 'Đơn vị quá hạn chưa ban hành kế hoạch hành động:',
  overdueItem: (names: string, what: string | undefined, deadline: string, days: string) =>
    `${names}: ${what === undefined ? '' : `${what}, `}hạn ${formatShortDate(deadline)}, đã quá ${days} ngày`,
  noneLate: 'Không có đơn vị chậm tiến độ.',
  more: (n: string) => `Và ${n} đơn vị khác.`,
  unitsLeftOut: (shown: string, all: string) =>
    `Biểu liệt kê ${shown}/${all} đơn vị; số liệu đầy đủ trong tệp tổng hợp.`,
  blankDate: 'ngày\u00A0\u00A0\u00A0\u00A0tháng\u00A0\u00A0\u00A0\u00A0năm',
  recipients: 'Nơi nhận:',
  archive: 'VT',
};

const EN: typeof VI = {
  kind: 'REPORT',
  title: (t) => (t === undefined ? 'Study progress' : `Results: ${t}`),
  intro: (ref, date, today) =>
    `${ref === undefined ? 'Under the study plan' : `Under plan No. ${ref}${date === undefined ? '' : ` of ${formatShortDate(date, 'en')}`}`}, the results${today === null ? '' : ` as of ${formatShortDate(today, 'en')}`} are as follows:`,
  results: 'RESULTS',
  overall: 'Overall results',
  byTier: 'Results by tier',
  byUnit: 'Results by unit',
  behind: 'Units behind schedule',
  assessment: 'ASSESSMENT',
  strengths: 'Strengths',
  shortcomings: 'Shortcomings and their causes',
  proposals: 'PROPOSALS',
  fillIn: '…………………………………………………………………………',
  noData: 'no data yet',
  sessions: 'Study sessions:',
  sessionsText: (c, n) =>
    `${n(c.expected)} to hold, ${n(c.due)} due; ${n(c.held)} held (${n(c.heldLate)} of them late); ${n(c.exempted)} exempted; ${n(c.overdue)} overdue`,
  attendance: 'Attendance:',
  attendanceText: (present, expected, rate) =>
    `${present}${expected === null ? '' : ` of ${expected} invited`}${rate === null ? '' : ` (${rate})`}`,
  bridge: 'Online bridge points:',
  reflections: 'Personal reflections:',
  reflectionsText: (submitted, expected, rate) =>
    `${submitted}${expected === null ? '' : ` of ${expected} due`}${rate === null ? '' : ` (${rate})`}`,
  actionPlans: 'Action plans:',
  actionPlansText: (a, n) => `${n(a.issued)} of ${n(a.expected)} issued; ${n(a.overdue)} overdue`,
  reports: 'Reports sent upward, inspections:',
  reportsText: (r, i) => `${r} reports; ${i} inspections`,
  tableIntro: (what) => `The figures ${what} are in the table below:`,
  ofTiers: 'of each tier',
  ofUnits: 'of each unit',
  columns: {
    tier: 'Tier',
    unit: 'Unit',
    units: 'Units',
    held: 'Held',
    due: 'Due',
    late: 'Late (days)',
    exempt: 'Exempted',
    attendance: 'Attendance',
    rate: 'Attendance rate',
    reflections: 'Reflections',
    actionPlans: 'Action plans',
  },
  total: 'Total',
  heldLate: 'Units that held their session late:',
  heldLateItem: (names, days) => `${names}: ${days} days late`,
  overdueSessions: 'Units that have not held their session, past the deadline:',
  overdueActionPlans: 'Units that have not issued their action plan, past the deadline:',
  overdueItem: (names, what, deadline, days) =>
    `${names}: ${what === undefined ? '' : `${what}, `}due ${formatShortDate(deadline, 'en')}, ${days} days overdue`,
  noneLate: 'No unit is behind schedule.',
  more: (n) => `And ${n} more units.`,
  unitsLeftOut: (shown, all) =>
    `The table lists ${shown} of ${all} units; the full figures are in the roll-up file.`,
  blankDate: '…… (date to be filled in)',
  recipients: 'Recipients:',
  archive: 'Archive',
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
  runs: [{ text: label, italic: true }, { text: ` ${text.replace(/[.;]$/, '')}.` }],
});

/** The figures of one scope, each as printed: a number, a ratio, or *chưa có số liệu* where no report gives it. */
function figures(c: Counts, lang: FormatLang) {
  const L = lang === 'en' ? EN : VI;
  const n = (x: number) => formatCount(x, lang);
  const reported = c.events > 0;
  const held = reported || c.sessions.held > 0;
  return {
    reported,
    held: reported ? `${n(c.sessions.held)}/${n(c.sessions.expected)}` : L.noData,
    due: n(c.sessions.due),
    late:
      c.sessions.late === 0
        ? reported
          ? '0'
          : L.noData
        : `${n(c.sessions.late)} (${n(c.sessions.daysLate)})`,
    exempt: reported ? n(c.sessions.exempted) : L.noData,
    attendance:
      c.attendance.present === 0 && c.attendance.expected === 0
        ? L.noData
        : c.attendance.expected > 0
          ? `${n(c.attendance.present)}/${n(c.attendance.expected)}`
          : n(c.attendance.present),
    rate: formatRate(c.attendance.rate, lang) ?? L.noData,
    reflections:
      c.reflections.submitted === 0 && c.reflections.expected === 0
        ? L.noData
        : c.reflections.expected > 0
          ? `${n(c.reflections.submitted)}/${n(c.reflections.expected)}`
          : n(c.reflections.submitted),
    reflectionRate: formatRate(c.reflections.rate, lang),
    actionPlans:
      c.actionPlans.expected === 0
        ? '-'
        : reported || c.actionPlans.issued > 0
          ? `${n(c.actionPlans.issued)}/${n(c.actionPlans.expected)}`
          : L.noData,
    bridge: held && (reported || c.bridgePoints > 0) ? n(c.bridgePoints) : L.noData,
  };
}

/** The overall lines of section I.1. */
function overallLines(c: Counts, lang: FormatLang): PlanBlock[] {
  const L = lang === 'en' ? EN : VI;
  const n = (x: number) => formatCount(x, lang);
  const f = figures(c, lang);
  const attendance =
    f.attendance === L.noData
      ? L.noData
      : L.attendanceText(
          n(c.attendance.present),
          c.attendance.expected > 0 ? n(c.attendance.expected) : null,
          formatRate(c.attendance.rate, lang),
        );
  const reflections =
    f.reflections === L.noData
      ? L.noData
      : L.reflectionsText(
          n(c.reflections.submitted),
          c.reflections.expected > 0 ? n(c.reflections.expected) : null,
          f.reflectionRate,
        );
  return [
    line(L.sessions, L.sessionsText(c.sessions, n)),
    line(L.attendance, attendance),
    line(L.bridge, f.bridge),
    line(L.reflections, reflections),
    ...(c.actionPlans.expected > 0
      ? [line(L.actionPlans, L.actionPlansText(c.actionPlans, n))]
      : []),
    line(
      L.reports,
      c.events === 0 && c.reports + c.inspections === 0
        ? L.noData
        : L.reportsText(n(c.reports), n(c.inspections)),
    ),
  ];
}

/** A table of figures, one row per scope, and a total row when asked. */
function figuresTable(
  rows: { name: string; units?: number; counts: Counts }[],
  lang: FormatLang,
  first: 'tier' | 'unit',
  total?: Counts,
): TableBlock {
  const L = lang === 'en' ? EN : VI;
  const c = L.columns;
  const withUnits = first === 'tier';
  const cells = (name: string, counts: Counts, units?: number) => {
    const f = figures(counts, lang);
    return [
      name,
      ...(withUnits ? [units === undefined ? '' : formatCount(units, lang)] : []),
      f.held,
      f.due,
      f.late,
      f.exempt,
      f.attendance,
      f.rate,
      f.reflections,
      f.actionPlans,
    ];
  };
  const body = rows.map((r) => cells(r.name, r.counts, r.units));
  if (total)
    body.push(
      cells(
        L.total,
        total,
        rows.reduce((a, r) => a + (r.units ?? 0), 0),
      ),
    );
  // Shares of the text width: names, then the figures (attendance widest: 5.649/6.480).
  const widths = withUnits
    ? [0.17, 0.07, 0.09, 0.07, 0.1, 0.08, 0.14, 0.08, 0.11, 0.09]
    : [0.24, 0.09, 0.07, 0.09, 0.08, 0.12, 0.08, 0.12, 0.11];
  return {
    type: 'table',
    columns: [
      first === 'tier' ? c.tier : c.unit,
      ...(withUnits ? [c.units] : []),
      c.held,
      c.due,
      c.late,
      c.exempt,
      c.attendance,
      c.rate,
      c.reflections,
      c.actionPlans,
    ],
    widths,
    align: widths.map((_, i) => (i === 0 ? 'left' : 'center')),
    rows: body,
    ...(total ? { boldRows: [body.length - 1] } : {}),
  };
}

/** The days a unit held its sessions late: its own late days less the days of its overdue sessions. */
function heldLateDays(unit: UnitProgress, overdue: readonly OverdueItem[]): number {
  const open = overdue
    .filter((o) => o.unit === unit.unit && o.kind === 'session')
    .reduce((a, o) => a + o.daysLate, 0);
  return Math.max(0, unit.own.sessions.daysLate - open);
}

/**
 * Lays out a progress report (*Báo cáo kết quả học tập, quán triệt*) from a
 * roll-up, as a provincial office sends it upward, in the same official
 * layout as a plan.
 *
 * @remarks The header is the plan's (issuer, parent, motto, place) with the
 * report's own number and symbol (`options.reference`, default a blank
 * number and `BC`: *Số      -BC/HNDT*) and its date. Then *BÁO CÁO*, the
 * summary line (*Kết quả nghiên cứu, học tập, quán triệt …*), the lead-in
 * naming the plan, and:
 *
 * - **I. KẾT QUẢ THỰC HIỆN**: 1. the overall figures (sessions to hold, due,
 *   held and held late, exempted, overdue; attendance and its rate; bridge
 *   points; reflections; action plans; reports and inspections); 2. a table
 *   of each tier (*Biểu*: units, held, due, late with days late, exempted,
 *   attendance, rate, reflections, action plans, and a total row); 3. a table
 *   of each unit, tier by tier (when the roll-up lists units of a real tree);
 *   4. the units behind schedule by name: those that held late with their
 *   days late, those past the deadline without a session or an action plan
 *   with the deadline and the days overdue, most late first;
 * - **II. ĐÁNH GIÁ CHUNG**: 1. *Ưu điểm*, 2. *Hạn chế, nguyên nhân*, and
 *   **III. KIẾN NGHỊ, ĐỀ XUẤT**: the office's own paragraphs
 *   (`options.strengths`, `shortcomings`, `proposals`) or dotted lines to
 *   fill in;
 * - *Nơi nhận* (the plan's `B/c` recipients and its archive, or
 *   `options.recipients`) beside the plan's signature, kept on the page of
 *   the last paragraph.
 *
 * Where no report gives a figure the report says *chưa có số liệu*, never
 * *0*. Numbers group thousands (`24.000`); rates have one decimal (`85,5%`).
 * Only the roll-up's figures are printed; nothing is recomputed but the
 * days a unit held late (its late days less those of its overdue items).
 * No word of the software (events, duplicates) enters the report.
 * @param report - The roll-up as plain data: `rollup(plan, events, options).toJSON()`.
 * @param options - The plan, date, number, language, rule set, the office's paragraphs, recipients.
 * @returns The laid-out report, ready for the text, Markdown, HTML and DOCX writers.
 * @throws `RangeError` when `options.rules` names no shipped rule set;
 * `PlanValidationError` (of `@rollout/core`) when `report` lacks the fields of
 * a `RollupResult` or `options.plan` does not read as a plan, so that neither
 * can be laid out.
 * @example
 * ```ts
 * import { type ProgressEvent, plan985KhHndt, rollup } from '@rollout/core';
 * const events: ProgressEvent[] = [
 *   { kind: 'session-held', unit: 'district', session: 's-district', date: '2020-09-12',
 *     method: 'online', attendees: { present: 85, expected: 90 },
 *     recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-09-12T17:00:00+07:00' },
 * ];
 * const report = rollup(plan985KhHndt, events, { today: '2020-10-20' }).toJSON();
 * const layout = layoutProgressReport(report, { plan: plan985KhHndt });
 * layout.kind; // => 'BÁO CÁO'
 * layout.header.reference.replaceAll('\u00A0', '_'); // => 'Số ______-BC/HNDT' (a blank number)
 * ```
 * @see {@link renderProgressText}, {@link renderProgressHtml}, {@link renderProgressMarkdown}
 * @category Rendering
 */
export function layoutProgressReport(
  report: RollupResult,
  options: ProgressReportOptions = {},
): PlanLayout {
  return layingOutReport(report, options.plan, () => layoutReportOf(report, options));
}

function layoutReportOf(report: RollupResult, options: ProgressReportOptions): PlanLayout {
  const lang: FormatLang = options.lang === 'en' ? 'en' : 'vi';
  const L = lang === 'en' ? EN : VI;
  const plan = options.plan;
  const n = (x: number) => formatCount(x, lang);
  // A date that is not a string (a report read from a file without checks) counts as none.
  const date = [options.date, report.today].find((d): d is string => typeof d === 'string');
  const base = plan ? layoutPlan(plan, options) : undefined;
  const rules = resolveRules(plan ?? NO_PLAN, options.rules);

  let reference = options.reference;
  if (reference === undefined && plan) {
    const parsed = parseDocumentReference(plan.header.reference);
    if (parsed) {
      const { number: _n, year: _y, ...rest } = parsed;
      reference = formatDocumentReference({ ...rest, type: 'BC' });
    }
  }
  const place = clean(plan?.header.place ?? options.place ?? '');
  const when = date === undefined ? L.blankDate : formatViDate(date, { lang, pad: rules.padDate });
  const motto = base?.header.motto ?? rules.defaultMotto;
  const header: PlanLayout['header'] = {
    ...(base?.header.parent === undefined ? {} : { parent: base.header.parent }),
    issuer: base?.header.issuer ?? '',
    mark: rules.issuerMark,
    motto,
    mottoLines:
      base?.header.mottoLines ??
      (lang === 'en'
        ? ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness']
        : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']),
    reference: formatReference(
      reference ?? '-BC',
      rules,
      lang === 'en' ? 'No. ' : rules.referencePrefix,
    ),
    placeDate: place === '' ? when : `${place}, ${when}`,
  };

  // Names of the plan's activities, for the units behind schedule.
  const names = new Map<string, string>();
  if (plan) {
    const tierNames = new Map(plan.tiers.map((t) => [t.id, clean(t.name)]));
    for (const s of plan.sessions)
      names.set(
        s.id,
        s.title !== undefined
          ? lowerFirst(clean(s.title))
          : s.host !== undefined
            ? `${lang === 'en' ? 'session hosted by' : 'hội nghị do'} ${lowerFirst(clean(s.host))}${lang === 'en' ? '' : ' tổ chức'}`
            : `${lang === 'en' ? 'session of' : 'hội nghị'} ${lowerFirst(tierNames.get(s.tier) ?? s.tier)}`,
      );
    for (const d of plan.deliverables)
      names.set(
        d.id,
        d.title !== undefined ? lowerFirst(clean(d.title)) : L.columns.actionPlans.toLowerCase(),
      );
  }
  const activity = (id: string, kind: OverdueItem['kind']) =>
    names.get(id) ?? (kind === 'session' ? `${lang === 'en' ? 'session' : 'hội nghị'} ${id}` : id);

  const body: PlanBlock[] = [
    {
      type: 'paragraph',
      runs: [
        {
          text: L.intro(
            plan ? clean(plan.header.reference) : undefined,
            plan?.header.date,
            typeof report.today === 'string' ? report.today : null,
          ),
        },
      ],
    },
  ];
  let section = 0;
  const heading = (text: string) =>
    body.push({ type: 'heading', text: `${ROMAN[section++]}. ${text}` });
  let sub = 0;
  const subheading = (text: string) => body.push({ type: 'subheading', text: `${++sub}. ${text}` });
  const item = (text: string): PlanBlock => ({
    type: 'paragraph',
    marker: '-',
    runs: [{ text: endSentence(text) }],
  });
  const lead = (text: string): PlanBlock => ({
    type: 'paragraph',
    runs: [{ text }],
    keepWithNext: true,
  });

  // --- I. Results ---
  heading(L.results);
  subheading(L.overall);
  body.push(...overallLines(report.totals, lang));
  if (report.tiers.length > 0) {
    subheading(L.byTier);
    body.push(lead(L.tableIntro(L.ofTiers)));
    body.push(
      figuresTable(
        report.tiers.map((t) => ({ name: clean(t.name), units: t.units, counts: t.counts })),
        lang,
        'tier',
        report.totals,
      ),
    );
  }
  const units = (report.units ?? []).filter((u) => u.tier !== null);
  const realTree = units.some((u) => u.unit !== u.tier);
  if (realTree) {
    subheading(L.byUnit);
    body.push(lead(L.tableIntro(L.ofUnits)));
    const limit = Math.max(0, Math.trunc(options.maxUnitRows ?? 1000));
    const order = new Map(report.tiers.map((t, i) => [t.tier, i]));
    const sorted = units
      .map((u, i) => ({ u, i }))
      .sort(
        (a, b) => (order.get(a.u.tier ?? '') ?? 0) - (order.get(b.u.tier ?? '') ?? 0) || a.i - b.i,
      )
      .map((x) => x.u);
    body.push(
      figuresTable(
        sorted.slice(0, limit).map((u) => ({ name: clean(u.name), counts: u.own })),
        lang,
        'unit',
      ),
    );
    if (sorted.length > limit)
      body.push({
        type: 'paragraph',
        runs: [{ text: L.unitsLeftOut(n(limit), n(sorted.length)) }],
      });
  }

  // Units behind schedule, by name: those with the same days late (and deadline) in one item.
  subheading(L.behind);
  const sessionsPerTier = new Map<string, number>();
  for (const x of plan?.sessions ?? [])
    sessionsPerTier.set(x.tier, (sessionsPerTier.get(x.tier) ?? 0) + 1);
  const grouped = <T>(list: readonly T[], key: (x: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const x of list) {
      const k = key(x);
      const g = groups.get(k);
      if (g) g.push(x);
      else groups.set(k, [x]);
    }
    return [...groups.values()];
  };
  const tierOrder = new Map(report.tiers.map((t, i) => [t.tier, i]));
  const lateUnits = units
    .filter((u) => u.own.sessions.heldLate > 0)
    .map((u) => ({ u, days: heldLateDays(u, report.overdue) }))
    .sort(
      (a, b) =>
        (tierOrder.get(a.u.tier ?? '') ?? 0) - (tierOrder.get(b.u.tier ?? '') ?? 0) ||
        b.days - a.days ||
        (a.u.unit < b.u.unit ? -1 : 1),
    );
  if (lateUnits.length === 0 && report.overdueTotal === 0) body.push(item(L.noneLate));
  if (lateUnits.length > 0) {
    body.push(lead(L.heldLate));
    for (const g of grouped(lateUnits, (x) => `${x.u.tier}\u0000${x.days}`))
      body.push(item(L.heldLateItem(g.map((x) => clean(x.u.name)).join(', '), n(g[0]?.days ?? 0))));
  }
  const listOverdue = (label: string, list: readonly OverdueItem[]) => {
    if (list.length === 0) return;
    body.push(lead(label));
    for (const g of grouped(list, (o) => `${o.activity}\u0000${o.deadline}\u0000${o.daysLate}`)) {
      const o = g[0] as OverdueItem;
      const what =
        o.kind === 'session' && (sessionsPerTier.get(o.tier) ?? 0) > 1
          ? activity(o.activity, o.kind)
          : undefined;
      body.push(
        item(
          L.overdueItem(g.map((x) => clean(x.name)).join(', '), what, o.deadline, n(o.daysLate)),
        ),
      );
    }
  };
  listOverdue(
    L.overdueSessions,
    report.overdue.filter((o) => o.kind === 'session'),
  );
  listOverdue(
    L.overdueActionPlans,
    report.overdue.filter((o) => o.kind === 'action-plan'),
  );
  if (report.overdue.length < report.overdueTotal)
    body.push(item(L.more(n(report.overdueTotal - report.overdue.length))));

  // --- II. Assessment, III. Proposals: the office's words, or lines to fill in ---
  const paragraphs = (list: readonly string[] | undefined) => {
    const texts = (list ?? []).map(clean).filter((t) => t !== '');
    for (const t of texts.length > 0 ? texts : [L.fillIn, L.fillIn])
      body.push({ type: 'paragraph', runs: [{ text: t }] });
  };
  heading(L.assessment);
  sub = 0;
  subheading(L.strengths);
  paragraphs(options.strengths);
  subheading(L.shortcomings);
  paragraphs(options.shortcomings);
  heading(L.proposals);
  paragraphs(options.proposals);

  // --- Closing: who receives the report, and the plan's signature ---
  const archive = plan?.recipients.filter((r) => r.purpose === 'archive') ?? [];
  const recipients: readonly Recipient[] = options.recipients ?? [
    ...(plan?.recipients.filter((r) => r.purpose === 'report') ?? []),
    ...(archive.length > 0 ? archive : [{ name: L.archive, purpose: 'archive' as const }]),
  ];
  const closing = closingOf(
    { recipients, ...(plan?.signature ? { signature: plan.signature } : {}) },
    rules,
    lang,
  );
  const title = L.title(plan ? clean(plan.header.title) : undefined);

  return {
    lang,
    rules,
    header,
    kind: L.kind,
    title,
    body,
    ...closing,
    noBreak: plan ? noBreakOf(plan) : place === '' ? [] : [place],
    keepClosing: closingFits(rules, closing.recipients),
    ruleLengthsMm: ruleLengths(rules, header.issuer, title),
  };
}

/**
 * Renders a progress report (*Báo cáo kết quả học tập, quán triệt*) as plain text.
 *
 * @remarks See {@link layoutProgressReport} for what the report holds; the
 * tables are drawn with `|` and `-`.
 * @param report - The roll-up as plain data (`rollup(…).toJSON()`).
 * @param options - The plan, date, number, language, rule set, the office's paragraphs, recipients.
 * @returns The text, ending with a newline.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt, rollup } from '@rollout/core';
 * const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON(); // no event yet
 * const text = renderProgressText(report, { plan: plan985KhHndt });
 * text.includes('- Số người dự học: chưa có số liệu.'); // => true
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
 * Renders a progress report as Markdown, every text escaped, its tables as GFM tables.
 *
 * @remarks See {@link layoutProgressReport} for what the report holds.
 * @param report - The roll-up as plain data (`rollup(…).toJSON()`).
 * @param options - The plan, date, number, language, rule set, the office's paragraphs, recipients.
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
 * page is written as {@link renderHtml} writes a plan (page numbers from page
 * 2, tables whose header row repeats on each page).
 * @param report - The roll-up as plain data (`rollup(…).toJSON()`).
 * @param options - The plan, date, number, language, rule set, the office's paragraphs, recipients.
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
  return writeHtml(layoutProgressReport(report, options), HTML_TABLES);
}
