import type {
  DateRule,
  Deliverable,
  FormatLang,
  Motto,
  Plan,
  ReadonlyPlan,
  Recipient,
  Recurrence,
  Session,
} from '@rollout/core';
import {
  DELIVERABLE_KIND_LABELS,
  formatDateRule,
  formatDocumentReference,
  formatSessionTime,
  formatShortDate,
  formatViDate,
  METHOD_LABELS,
  parseDocumentReference,
  RECIPIENT_PURPOSE_LABELS,
  SIGNATURE_MODE_LABELS,
} from '@rollout/core';
import { clean, endItem, endSentence, lowerFirst, sayingOf, upperFirst } from './clean.js';
import { layingOutPlan } from './internal/unreadable.js';
import type { LayoutRuleSetName, LayoutRules } from './layout-rules.js';
import { defaultLayoutRules, LAYOUT_RULES, lineHeightPt } from './layout-rules.js';
import { listLetter } from './list-letter.js';

/**
 * Options of the plan renderers ({@link renderMarkdown}, {@link renderHtml},
 * {@link renderText}, and `renderDocx` in `@rollout/docx`).
 *
 * @category Rendering
 */
export interface RenderPlanOptions {
  /** `vi` (default) or `en`: English translates the structure and keeps Vietnamese proper names. */
  readonly lang?: FormatLang;
  /** A rule set by name, or a rule set of your own; default {@link defaultLayoutRules}. */
  readonly rules?: LayoutRuleSetName | LayoutRules;
  /** The motto line, overriding `plan.header.motto` and the rule set's default. */
  readonly motto?: Motto;
}

/**
 * A run of text with its emphasis.
 *
 * @category Rendering
 */
export interface TextRun {
  /** The text, clean NFC, not escaped. */
  readonly text: string;
  /** Bold. */
  readonly bold?: boolean;
  /** Italic. */
  readonly italic?: boolean;
}

/**
 * A table of a document (the figures of a progress report).
 *
 * @remarks `columns` are the header cells; each row has one cell per column.
 * `widths` are the columns' shares of the text width (they add up to 1).
 * `align` is `left` for a column of names, `center` for figures.
 * @category Rendering
 */
export interface TableBlock {
  /** A table. */
  readonly type: 'table';
  /** The header cells, one per column. */
  readonly columns: readonly string[];
  /** The columns' shares of the text width, adding up to 1. */
  readonly widths: readonly number[];
  /** How each column's cells are aligned. */
  readonly align: readonly ('left' | 'center')[];
  /** The rows, each one cell per column (text, not escaped). */
  readonly rows: readonly (readonly string[])[];
  /** Indexes of rows printed bold (totals). */
  readonly boldRows?: readonly number[];
}

/**
 * One block of the body of a plan document.
 *
 * @remarks `heading` is a section (*I. MỤC ĐÍCH, YÊU CẦU*); `subheading` a
 * numbered part (*1. Cấp tỉnh*); `minor-heading` a lettered item heading
 * inside a part (*a) Hội nghị do các huyện, thị, thành ủy tổ chức*);
 * `paragraph` a paragraph, with a `marker` when it is an item (`-`, `1.`);
 * `table` a table. Writers keep a heading with what follows it on the page.
 * @category Rendering
 */
export type PlanBlock =
  | {
      /** A section heading. */
      readonly type: 'heading';
      /** The heading with its Roman numeral (*I. MỤC ĐÍCH, YÊU CẦU*), not escaped. */
      readonly text: string;
    }
  | {
      /** A numbered sub-heading. */
      readonly type: 'subheading';
      /** The sub-heading with its number (*1. Cấp tỉnh*), not escaped. */
      readonly text: string;
    }
  | {
      /** A lettered heading inside a numbered part. */
      readonly type: 'minor-heading';
      /** The letter and its parenthesis (*a)*, *đ)*, *aa)*). */
      readonly marker: string;
      /** The heading, not escaped. */
      readonly text: string;
    }
  | {
      /** A paragraph or an item. */
      readonly type: 'paragraph';
      /** The paragraph's text, in runs of the same emphasis. */
      readonly runs: readonly TextRun[];
      /** The item's marker (`-`, `1.`), absent for a plain paragraph. */
      readonly marker?: string;
      /** Keep it on the page of the block after it (a lead-in ending in a colon). */
      readonly keepWithNext?: boolean;
    }
  | TableBlock;

/**
 * A plan laid out as an official document, before it is written as Markdown,
 * HTML, text or DOCX: every line's words decided, nothing escaped.
 *
 * @remarks The renderers of `@rollout/document` and `@rollout/docx` all write
 * this one structure, so the four outputs hold the same words.
 * @category Rendering
 */
export interface PlanLayout {
  /** The language of the structure. */
  readonly lang: FormatLang;
  /** The layout rule set applied. */
  readonly rules: LayoutRules;
  /** The two-column header. */
  readonly header: {
    /** The body above the issuer, in capitals, if any. */
    readonly parent?: string;
    /** The issuing body, in capitals. */
    readonly issuer: string;
    /** A star or a short rule under the issuer. */
    readonly mark: 'star' | 'rule';
    /** Which motto is printed. */
    readonly motto: Motto;
    /** The motto's lines (one for the Party, two for the state). */
    readonly mottoLines: readonly string[];
    /** *Số 985-KH/HNDT* (a draft's blank number as no-break spaces). */
    readonly reference: string;
    /** *Thanh Hóa, ngày 3 tháng 9 năm 2020*, or the blank form of a draft. */
    readonly placeDate: string;
  };
  /** *KẾ HOẠCH*. */
  readonly kind: string;
  /** The summary line under the kind. */
  readonly title: string;
  /** Everything between the title and the recipients. */
  readonly body: readonly PlanBlock[];
  /** *Nơi nhận:* and its lines, or `undefined` when the plan lists none. */
  readonly recipients?: {
    /** The label, *Nơi nhận:* (or *Recipients:* in English). */
    readonly label: string;
    /** One line per recipient, each starting with `- `; the archive last. */
    readonly lines: readonly string[];
  };
  /** The signature block's lines; an empty `name` line leaves room to sign. */
  readonly signature?: {
    /** The signing mode and the authority, in capitals (*T/M BAN THƯỜNG VỤ*); absent when signing directly. */
    readonly authority?: string;
    /** The signer's title, in capitals (*CHỦ TỊCH*). */
    readonly title: string;
    /** The signer's name, if given. */
    readonly name?: string;
  };
  /**
   * Phrases that must not break across lines: the plan's place name and the
   * numbers and symbols it cites (`58-NQ/TW`); writers that wrap lines (HTML,
   * DOCX) keep each whole, as {@link splitNoBreak} finds them.
   */
  readonly noBreak: readonly string[];
  /**
   * Whether writers keep the closing (recipients beside the signature) whole
   * and on the page of the last paragraph: `true` unless the recipients fill
   * more than half a page, which then break across pages like any text.
   */
  readonly keepClosing: boolean;
  /**
   * The lengths of the drawn rules, in millimetres: under the issuer (when
   * its mark is a rule) and under the summary line (when the rule set draws
   * a line there), each `rules.ruleShare` of the estimated length of the line
   * of text above it (Times New Roman advance widths), so that HTML and DOCX
   * draw the same rule.
   */
  readonly ruleLengthsMm: {
    /** Under the issuer. */
    readonly issuer: number;
    /** Under the summary line. */
    readonly title: number;
  };
}

/** A draft's blank number, and the blanks of its date: no-break spaces, so that no output collapses them. */
const BLANK = '\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0';
const GAP = '\u00A0\u00A0\u00A0\u00A0';

const VI = {
  kind: 'KẾ HOẠCH',
  party: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
  state: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  referencePrefix: undefined as string | undefined,
  blankDate: `ngày${GAP}tháng${GAP}năm`,
  purposes: 'MỤC ĐÍCH, YÊU CẦU',
  contents: 'NỘI DUNG, PHƯƠNG THỨC, TÀI LIỆU HỌC TẬP',
  content: 'Nội dung học tập, quán triệt',
  methods: 'Phương thức học tập, quán triệt',
  materials: 'Tài liệu học tập',
  actionPlans: 'Xây dựng kế hoạch hành động',
  schedule: 'KẾ HOẠCH HỌC TẬP, QUÁN TRIỆT',
  followUps: 'Sau học tập, quán triệt',
  implementation: 'TỔ CHỨC THỰC HIỆN',
  audience: 'Thành phần:',
  time: 'Thời gian:',
  host: 'Chủ trì:',
  coHosts: 'Phối hợp:',
  method: 'Phương thức:',
  or: 'hoặc',
  bridge: 'Điểm cầu:',
  bridgeCount: (n: number) => `${n} điểm cầu`,
  expected: 'Số người dự kiến:',
  hours: 'Giờ học:',
  location: 'Địa điểm:',
  sessionMaterials: (nums: string, at: string | undefined) =>
    `tài liệu số ${nums}${at === undefined ? '' : ` (mục ${at})`}`,
  sessionMaterialsLabel: 'Tài liệu:',
  sessionResolutions: 'Văn bản học tập:',
  studyMethods: (m: string) => `Học tập ${m}.`,
  recipients: 'Nơi nhận:',
  archive: 'Lưu',
  exemption: (s: string) =>
    `Đối với các đối tượng đã tham gia ${s} thì có thể không mở hội nghị riêng.`,
  others: (what: string) =>
    `Đối với các đơn vị còn lại tổ chức hội nghị học tập, quán triệt ${what} với thành phần cụ thể như sau:`,
  sessionOf: (tier: string) => `hội nghị ${lowerFirst(tier)}`,
  hostedBy: (host: string) => `Hội nghị do ${lowerFirst(host)} tổ chức`,
  sessionFor: (audience: string) => `Hội nghị dành cho ${lowerFirst(audience)}`,
  perAttendee: 'mỗi người dự học',
  perUnit: 'mỗi đơn vị',
  submitTo: (s: string) => `gửi về ${s}`,
  counts: 'đưa vào nội dung thi đua, đánh giá, xếp loại cuối năm',
};

const EN: typeof VI = {
  kind: 'PLAN',
  party: ['COMMUNIST PARTY OF VIETNAM'],
  state: ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness'],
  referencePrefix: 'No. ',
  blankDate: '…… (date to be filled in)',
  purposes: 'PURPOSES AND REQUIREMENTS',
  contents: 'CONTENT, METHODS AND STUDY MATERIALS',
  content: 'Content of study',
  methods: 'Methods of study',
  materials: 'Study materials',
  actionPlans: 'Action plans',
  schedule: 'STUDY SCHEDULE BY TIER',
  followUps: 'After the sessions',
  implementation: 'IMPLEMENTATION',
  audience: 'Audience:',
  time: 'Time:',
  host: 'Host:',
  coHosts: 'Co-hosts:',
  method: 'Method:',
  or: 'or',
  bridge: 'Bridge points:',
  bridgeCount: (n: number) => `${n} bridge point${n === 1 ? '' : 's'}`,
  expected: 'Expected attendees:',
  hours: 'Hours:',
  location: 'Venue:',
  sessionMaterials: (nums: string, at: string | undefined) =>
    `item${nums.includes(',') ? 's' : ''} ${nums}${at === undefined ? '' : ` of section ${at}`}`,
  sessionMaterialsLabel: 'Materials:',
  sessionResolutions: 'Documents studied:',
  studyMethods: (m: string) => `Study ${m}.`,
  recipients: 'Recipients:',
  archive: 'Archived',
  exemption: (s: string) => `Those who attended ${s} need not hold a separate session.`,
  others: (what: string) =>
    `The other units hold sessions to study ${what} with the following audiences:`,
  sessionOf: (tier: string) => `the session of ${tier}`,
  hostedBy: (host: string) => `Session hosted by ${host}`,
  sessionFor: (audience: string) => `Session for ${audience}`,
  perAttendee: 'each attendee',
  perUnit: 'each unit',
  submitTo: (s: string) => `to ${s}`,
  counts: 'counts in the year-end emulation and evaluation',
};

const RECURRENCE: Record<Recurrence, { vi: string; en: string }> = {
  once: { vi: 'một lần', en: 'once' },
  monthly: { vi: 'hằng tháng', en: 'monthly' },
  quarterly: { vi: 'hằng quý', en: 'quarterly' },
  'half-yearly': { vi: '6 tháng một lần', en: 'half-yearly' },
  yearly: { vi: 'hằng năm', en: 'yearly' },
  periodic: { vi: 'định kỳ', en: 'periodically' },
};

const RESOLUTION_KIND_VI: Record<string, string> = {
  resolution: 'nghị quyết',
  directive: 'chỉ thị',
  conclusion: 'kết luận',
  regulation: 'quy định',
  decision: 'quyết định',
  other: 'văn bản',
};

/** Roman numerals of section headings. */
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Picks a rule set from options or from the plan. */
export function resolveRules(
  plan: Pick<Plan, 'header'>,
  rules: RenderPlanOptions['rules'],
): LayoutRules {
  if (rules === undefined) return LAYOUT_RULES[defaultLayoutRules(plan)];
  if (typeof rules === 'string') {
    if (!Object.hasOwn(LAYOUT_RULES, rules)) {
      throw new RangeError(
        `Unknown layout rule set "${rules}"; expected one of ${Object.keys(LAYOUT_RULES).join(', ')}`,
      );
    }
    return LAYOUT_RULES[rules];
  }
  return rules;
}

/**
 * The number and symbol as the rule set writes it: `Số 985-KH/HNDT` (Party
 * form), `Số: 985/KH-HNDT` (state form); a blank number kept as no-break spaces.
 */
export function formatReference(raw: string, rules: LayoutRules, prefix: string): string {
  const text = clean(raw);
  const parsed = parseDocumentReference(text);
  if (!parsed) return `${prefix}${/^[-/]/.test(text) ? BLANK : ''}${text}`;
  const symbol = formatDocumentReference({ ...parsed, style: rules.referenceForm });
  return `${prefix}${parsed.number === undefined ? BLANK : ''}${symbol}`;
}

/** The motto a plan prints under a rule set: the option's, else the plan's, else the Party's for a Party issuer, else the set's. */
export function mottoOf(
  plan: Pick<Plan, 'header'>,
  options: RenderPlanOptions,
  rules: LayoutRules,
): Motto {
  const h = plan.header;
  // A motto outside the type (from a caller without types) counts as none given.
  const known = (m: unknown): m is Motto => m === 'party' || m === 'state';
  if (known(options.motto)) return options.motto;
  if (known(h.motto)) return h.motto;
  return h.issuer.kind === 'party' ? 'party' : rules.defaultMotto;
}

/** The motto lines of a language. */
export function mottoLines(motto: Motto, lang: FormatLang): readonly string[] {
  return (lang === 'en' ? EN : VI)[motto];
}

/** Document numbers and symbols in running text: `58-NQ/TW`, `985-KH/HNDT`, `30/2020/NĐ-CP`, `123/KH-UBND`. */
const REFERENCE_IN_TEXT = /\d+(?:\/\d{4})?[-/–]\p{Lu}{1,8}(?:[-/]\p{Lu}[\p{Lu}\d]*)+/gu;

/**
 * A piece of a text, as {@link splitNoBreak} cuts it.
 *
 * @category Rendering
 */
export interface NoBreakPiece {
  /** The piece's text. */
  readonly text: string;
  /** Whether the piece must stay on one line (a number and symbol, the place name). */
  readonly keep: boolean;
}

/**
 * Splits a text into the pieces a wrapping writer may break and the phrases
 * it must keep whole: the given phrases (a place name) and every number and
 * symbol of a document (`58-NQ/TW`, `30/2020/NĐ-CP`).
 *
 * @remarks The HTML writer wraps each kept phrase in a `white-space: nowrap`
 * span; the DOCX writer writes its hyphens as Word's non-breaking hyphen and
 * its spaces as no-break spaces. Joined back, the pieces are the text.
 * @param text - A text of the layout.
 * @param phrases - Phrases to keep whole ({@link PlanLayout.noBreak}).
 * @returns The pieces in order, each marked `keep` or not.
 * @example
 * ```ts
 * splitNoBreak('tỉnh Thanh Hóa, Nghị quyết 58-NQ/TW', ['Thanh Hóa']);
 * // => [{ text: 'tỉnh ', keep: false }, { text: 'Thanh Hóa', keep: true }, { text: ', Nghị quyết ', keep: false }, { text: '58-NQ/TW', keep: true }]
 * ```
 * @category Rendering
 */
export function splitNoBreak(text: string, phrases: readonly string[]): NoBreakPiece[] {
  const marks: [number, number][] = [];
  for (const m of text.matchAll(REFERENCE_IN_TEXT)) marks.push([m.index, m.index + m[0].length]);
  for (const p of phrases) {
    if (p === '') continue;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length))
      marks.push([i, i + p.length]);
  }
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: NoBreakPiece[] = [];
  let at = 0;
  for (const [from, to] of marks) {
    if (from < at) continue;
    if (from > at) out.push({ text: text.slice(at, from), keep: false });
    out.push({ text: text.slice(from, to), keep: true });
    at = to;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), keep: false });
  return out;
}

const item = (text: string, marker = '-'): PlanBlock => ({
  type: 'paragraph',
  marker,
  runs: [{ text }],
});

const labelled = (label: string, text: string): PlanBlock => ({
  type: 'paragraph',
  marker: '-',
  runs: [{ text: label, italic: true }, { text: ` ${endSentence(text)}` }],
});

/**
 * The estimated printed length of a line of text in millimetres: Times New
 * Roman advance widths by class of letter (capitals ~0.72 em bold / 0.67
 * regular, small letters and digits 0.5, spaces 0.25, punctuation 0.33),
 * the Vietnamese marks of a letter adding nothing.
 */
export function textLengthMm(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    em += /\s/.test(ch)
      ? 0.25
      : /\p{Lu}/u.test(ch)
        ? bold
          ? 0.72
          : 0.67
        : /\p{Ll}|\d/u.test(ch)
          ? 0.5
          : 0.33;
  }
  return (em * sizePt * 25.4) / 72;
}

/** The lengths of the rules under the issuer and under the summary line, in millimetres. */
export function ruleLengths(
  rules: LayoutRules,
  issuer: string,
  title: string,
): PlanLayout['ruleLengthsMm'] {
  const m = rules.page.marginMm;
  const textWidth = rules.page.widthMm - m.left - m.right;
  const s = rules.styles;
  const round = (mm: number) => Math.round(mm * 10) / 10;
  const issuerLine = Math.min(
    textLengthMm(issuer, s.issuer.sizePt, s.issuer.bold),
    textWidth * 0.43,
  );
  const titleLine = Math.min(textLengthMm(title, s.title.sizePt, s.title.bold), textWidth);
  return { issuer: round(issuerLine * rules.ruleShare), title: round(titleLine * rules.ruleShare) };
}

/** Whether a deliverable's description names its own deadline (so that it is not printed twice). */
function namesDeadline(description: string, rule: DateRule, lang: FormatLang): boolean {
  const said = sayingOf(description);
  if (rule.kind === 'by' || rule.kind === 'held') return said.includes(formatShortDate(rule.date));
  return said.includes(sayingOf(formatDateRule(rule, { lang })));
}

/**
 * Lays a plan out as an official document: decides every line's words, in
 * the order of the genre, for the renderers to write.
 *
 * @remarks The order: header (issuer and parent with a star or rule; motto;
 * number and symbol in the rule set's form; place and date), *KẾ HOẠCH* and
 * the summary line, the intro, I. purposes and requirements (numbered
 * together), II. content, methods (`methodNotes`, or the methods of the
 * sessions), materials and action-plan notes, III. the exemption paragraphs
 * then one block per tier (audience, time from {@link formatSessionTime},
 * host, co-hosts, method with the plan's own qualifiers, bridge points,
 * materials by their number in the section actually printed, notes; several
 * sessions of a tier lettered a), b) … with {@link listLetter} and headed by
 * their title, host or audience), the follow-ups the plan's text does not
 * already state, IV. implementation; then the recipients and the signature.
 *
 * **Nothing is added.** Every sentence is the plan's own text or a fixed
 * label of the layout (*Thành phần:*, *Thời gian:*, *hoàn thành trước ngày*)
 * around the plan's data. A follow-up whose description already stands in the
 * plan's text (a requirement, an exemption, a task) is not printed again; a
 * deliverable's `responsible` is printed instead of the wording of its `per`;
 * a session's method carries its `methodFor` and `alternativeMethodsFor`.
 * Plan text is cleaned (`cleanText` of `@rollout/core`: NFC, controls, bidi
 * controls and non-characters removed, line breaks folded into spaces) but
 * not escaped ({@link checkLayout} says whether the motto fits the rule set).
 * The input is not changed; the result is a
 * new plain object.
 * @param plan - A plan (validated or not: missing references print their ids).
 * @param options - Language, rule set and motto.
 * @returns The laid-out document.
 * @throws `RangeError` when `options.rules` names no shipped rule set;
 * `PlanValidationError` (of `@rollout/core`, with the schema errors) when
 * `plan` is so far from a plan that it cannot be laid out.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const layout = layoutPlan(plan985KhHndt);
 * layout.header.reference; // => 'Số 985-KH/HNDT'
 * layout.header.placeDate; // => 'Thanh Hóa, ngày 3 tháng 9 năm 2020'
 * layoutPlan(plan985KhHndt, { rules: 'state-2020' }).header.reference; // => 'Số: 985/KH-HNDT'
 * ```
 * @see {@link renderText}, {@link renderHtml}, {@link renderMarkdown}
 * @category Rendering
 */
export function layoutPlan(plan: ReadonlyPlan, options: RenderPlanOptions = {}): PlanLayout {
  // Read only: layoutPlan never changes what it is given (the fuzz tests check it).
  const p = plan as Plan;
  return layingOutPlan(p, () => layoutPlanOf(p, options));
}

function layoutPlanOf(plan: Plan, options: RenderPlanOptions): PlanLayout {
  const lang: FormatLang = options.lang === 'en' ? 'en' : 'vi';
  const L = lang === 'en' ? EN : VI;
  const rules = resolveRules(plan, options.rules);
  const h = plan.header;

  // --- Header ---
  const motto = mottoOf(plan, options, rules);
  const place = clean(h.place);
  const placeDate = `${place}, ${
    h.date === undefined ? L.blankDate : formatViDate(h.date, { lang, pad: rules.padDate })
  }`;
  const parent = h.issuer.parent === undefined ? undefined : clean(h.issuer.parent).toUpperCase();
  const header: PlanLayout['header'] = {
    ...(parent === undefined ? {} : { parent }),
    issuer: clean(h.issuer.name).toUpperCase(),
    mark: rules.issuerMark,
    motto,
    mottoLines: motto === 'party' ? L.party : L.state,
    reference: formatReference(h.reference, rules, L.referencePrefix ?? rules.referencePrefix),
    placeDate,
  };

  // --- Names of things, for references ---
  const tierName = new Map(plan.tiers.map((t) => [t.id, clean(t.name)]));
  const sessionById = new Map<string, Session>();
  for (const x of plan.sessions) if (!sessionById.has(x.id)) sessionById.set(x.id, x);
  const deliverableById = new Map<string, Deliverable>();
  for (const x of plan.deliverables) if (!deliverableById.has(x.id)) deliverableById.set(x.id, x);
  const audienceName = new Map<string, string>();
  for (const a of plan.audiences)
    if (!audienceName.has(a.id)) audienceName.set(a.id, clean(a.name));
  const audiencesOf = (s: Session) => s.audiences.map((id) => audienceName.get(id) ?? id);
  /** A session's heading: its title, else who hosts it, else who attends; capitalised as a heading. */
  const sessionHeading = (s: Session, by: 'title' | 'host' | 'audience' = 'title'): string => {
    if (by === 'title' && s.title !== undefined) return upperFirst(clean(s.title));
    if (by !== 'audience' && s.host !== undefined) return L.hostedBy(clean(s.host));
    const audiences = audiencesOf(s);
    if (audiences.length > 0) return L.sessionFor(audiences.join('; '));
    return upperFirst(L.sessionOf(tierName.get(s.tier) ?? s.tier));
  };
  const sessionName = (s: Session): string =>
    s.title === undefined && s.host === undefined
      ? L.sessionOf(tierName.get(s.tier) ?? s.tier)
      : lowerFirst(sessionHeading(s));
  const deliverableName = (d: Deliverable): string =>
    lowerFirst(d.title !== undefined ? clean(d.title) : DELIVERABLE_KIND_LABELS[d.kind][lang]);
  const resolveRef = (id: string): string | undefined => {
    const s = sessionById.get(id);
    if (s) return sessionName(s);
    const d = deliverableById.get(id);
    return d ? deliverableName(d) : undefined;
  };
  const fmt = { lang, resolveRef };

  const body: PlanBlock[] = [];
  if (plan.intro !== undefined)
    body.push({ type: 'paragraph', runs: [{ text: clean(plan.intro) }] });
  let section = 0;
  const heading = (text: string) =>
    body.push({ type: 'heading', text: `${ROMAN[section++] ?? section}. ${text}` });

  // --- I. Purposes and requirements ---
  const aims = [...(plan.purposes ?? []), ...(plan.requirements ?? [])].map(clean);
  if (aims.length > 0) {
    heading(L.purposes);
    for (const [i, text] of aims.entries()) body.push(item(text, `${i + 1}.`));
  }

  // --- II. Content, methods, materials, action plans ---
  const content = (plan.content ?? []).map(clean);
  const methodNotes = (plan.methodNotes ?? []).map(clean);
  const methods = [
    ...new Set(plan.sessions.flatMap((s) => [s.method, ...(s.alternativeMethods ?? [])])),
  ];
  const actionNotes = (plan.actionPlanNotes ?? []).map(clean);
  /** Where the materials are listed (*II.3*), for the sessions' references to them. */
  let materialsAt: string | undefined;
  if (
    content.length +
      methodNotes.length +
      methods.length +
      plan.materials.length +
      actionNotes.length >
    0
  ) {
    heading(L.contents);
    const roman = ROMAN[section - 1];
    let sub = 0;
    const subheading = (text: string) =>
      body.push({ type: 'subheading', text: `${++sub}. ${text}` });
    if (content.length > 0) {
      subheading(L.content);
      for (const text of content) body.push(item(text));
    }
    if (methodNotes.length > 0 || methods.length > 0) {
      subheading(L.methods);
      if (methodNotes.length > 0) for (const text of methodNotes) body.push(item(text));
      else body.push(item(L.studyMethods(methods.map((m) => METHOD_LABELS[m][lang]).join(', '))));
    }
    if (plan.materials.length > 0) {
      subheading(L.materials);
      materialsAt = `${roman}.${sub}`;
      for (const [i, m] of plan.materials.entries()) {
        body.push(item(endItem(clean(m.title), i === plan.materials.length - 1 ? '.' : ';')));
      }
    }
    if (actionNotes.length > 0) {
      subheading(L.actionPlans);
      for (const text of actionNotes) body.push(item(text));
    }
  }

  // What the plan's own paragraphs say, so that a follow-up they already state is not repeated.
  const planTexts = [
    ...aims,
    ...content,
    ...methodNotes,
    ...actionNotes,
    ...plan.sessions.flatMap((s) => [s.exemption?.note ?? '', s.note ?? '']),
    ...(plan.implementation ?? []).map((t) => t.text),
  ]
    .filter((t) => t !== '')
    .map(sayingOf);
  const stated = (text: string) => {
    const said = sayingOf(text);
    return said !== '' && planTexts.some((t) => t.includes(said));
  };

  // --- III. Study schedule by tier ---
  if (plan.tiers.length > 0 || plan.sessions.length > 0 || plan.deliverables.length > 0) {
    heading(L.schedule);
    const notes: string[] = [];
    for (const s of plan.sessions) {
      if (!s.exemption) continue;
      const ref = sessionById.get(s.exemption.session);
      const note =
        s.exemption.note !== undefined
          ? clean(s.exemption.note)
          : L.exemption(ref ? sessionName(ref) : s.exemption.session);
      const bare = note.replace(/[.;:,]+$/, '');
      if (!notes.some((n) => n.includes(bare))) notes.push(note);
    }
    for (const note of notes) body.push(item(note));
    if (notes.length > 0) {
      const what =
        plan.resolutions.length === 1 && plan.resolutions[0]
          ? lang === 'en'
            ? clean(plan.resolutions[0].reference)
            : `${RESOLUTION_KIND_VI[plan.resolutions[0].kind] ?? 'văn bản'} của ${clean(plan.resolutions[0].issuer)}`
          : lang === 'en'
            ? 'the documents'
            : 'các văn bản';
      body.push({
        type: 'paragraph',
        marker: '-',
        runs: [{ text: L.others(what) }],
        keepWithNext: true,
      });
    }
    let sub = 0;
    const materialNumber = new Map(plan.materials.map((m, i) => [m.id, i + 1]));
    const byTier = new Map<string, Session[]>(plan.tiers.map((t) => [t.id, []]));
    for (const s of plan.sessions) {
      const list = byTier.get(s.tier);
      if (list) list.push(s);
      else byTier.set(s.tier, [s]);
    }
    for (const [tierId, sessions] of byTier) {
      body.push({ type: 'subheading', text: `${++sub}. ${tierName.get(tierId) ?? tierId}` });
      // Headings of several sessions: by title, else host, else audience; a source that
      // would give two sessions the same heading gives way to the next one.
      const headings = sessions.map((s) => sessionHeading(s));
      for (const by of ['host', 'audience'] as const) {
        const seen = new Map<string, number>();
        for (const x of headings) seen.set(x, (seen.get(x) ?? 0) + 1);
        sessions.forEach((s, i) => {
          if ((seen.get(headings[i] ?? '') ?? 0) > 1) headings[i] = sessionHeading(s, by);
        });
      }
      sessions.forEach((s, i) => {
        if (sessions.length > 1) {
          body.push({
            type: 'minor-heading',
            marker: `${listLetter(i, lang)})`,
            text: headings[i] ?? '',
          });
        } else if (s.title !== undefined) {
          body.push({ type: 'paragraph', runs: [{ text: clean(s.title), italic: true }] });
        }
        const audiences = audiencesOf(s);
        if (audiences.length > 0) body.push(labelled(L.audience, audiences.join('; ')));
        body.push(labelled(L.time, formatSessionTime(s, fmt)));
        if (s.host !== undefined) body.push(labelled(L.host, clean(s.host)));
        if (s.coHosts && s.coHosts.length > 0)
          body.push(labelled(L.coHosts, s.coHosts.map(clean).join('; ')));
        const main = `${METHOD_LABELS[s.method][lang]}${s.methodFor === undefined ? '' : ` (${clean(s.methodFor)})`}`;
        const alt = (s.alternativeMethods ?? []).map((m) => METHOD_LABELS[m][lang]).join(', ');
        const method =
          alt === ''
            ? main
            : s.alternativeMethodsFor === undefined
              ? `${main} (${L.or} ${alt})`
              : `${main}; ${alt} (${clean(s.alternativeMethodsFor)})`;
        body.push(labelled(L.method, method));
        if (s.bridgePoints) {
          const parts = [
            ...(s.bridgePoints.count !== undefined ? [L.bridgeCount(s.bridgePoints.count)] : []),
            ...(s.bridgePoints.description !== undefined
              ? [clean(s.bridgePoints.description)]
              : []),
          ];
          if (parts.length > 0) body.push(labelled(L.bridge, parts.join('; ')));
        }
        if (s.expectedAttendees !== undefined)
          body.push(labelled(L.expected, String(s.expectedAttendees)));
        if (s.time)
          body.push(
            labelled(L.hours, s.time.end ? `${s.time.start} - ${s.time.end}` : s.time.start),
          );
        if (s.location !== undefined) body.push(labelled(L.location, clean(s.location)));
        if (plan.resolutions.length > 1 && s.resolutions && s.resolutions.length > 0) {
          const refs = s.resolutions.map((id) => {
            const r = plan.resolutions.find((x) => x.id === id);
            return r ? clean(r.reference) : id;
          });
          body.push(labelled(L.sessionResolutions, refs.join(', ')));
        }
        if (s.materials && s.materials.length > 0) {
          const known = s.materials.every((id) => materialNumber.has(id));
          const nums = s.materials.map((id) => String(materialNumber.get(id) ?? id)).join(', ');
          body.push(
            labelled(L.sessionMaterialsLabel, known ? L.sessionMaterials(nums, materialsAt) : nums),
          );
        }
        if (s.note !== undefined) body.push(item(endSentence(clean(s.note))));
      });
    }
    // Follow-ups the plan's own text does not already state.
    const followUps: string[] = [];
    for (const d of plan.deliverables) {
      const description = d.description === undefined ? undefined : clean(d.description);
      if (description !== undefined) {
        if (stated(description)) continue;
        const due =
          d.due === undefined || namesDeadline(description, d.due, lang)
            ? ''
            : ` (${formatDateRule(d.due, fmt)})`;
        followUps.push(endSentence(`${description.replace(/[.;,]+$/, '')}${due}`));
        continue;
      }
      const parts: string[] = [];
      if (d.tier !== undefined) parts.push(tierName.get(d.tier) ?? d.tier);
      if (d.responsible !== undefined) parts.push(clean(d.responsible));
      else if (d.per === 'attendee') parts.push(L.perAttendee);
      else if (d.per === 'unit') parts.push(L.perUnit);
      if (d.recurrence !== undefined) parts.push(RECURRENCE[d.recurrence][lang]);
      if (d.submitTo !== undefined) parts.push(L.submitTo(clean(d.submitTo)));
      if (d.due) parts.push(formatDateRule(d.due, fmt));
      if (d.countsInEvaluation) parts.push(L.counts);
      const label = d.title !== undefined ? clean(d.title) : DELIVERABLE_KIND_LABELS[d.kind][lang];
      followUps.push(endSentence(`${label}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`));
    }
    if (followUps.length > 0) {
      body.push({ type: 'subheading', text: `${++sub}. ${L.followUps}` });
      for (const text of followUps) body.push(item(text));
    }
  }

  // --- IV. Implementation ---
  if (plan.implementation && plan.implementation.length > 0) {
    heading(L.implementation);
    for (const task of plan.implementation) {
      const text = clean(task.text);
      const actor = task.actor === undefined ? undefined : clean(task.actor);
      const full =
        actor === undefined || text.toLowerCase().includes(actor.toLowerCase())
          ? text
          : `${actor}: ${text}`;
      body.push(item(endSentence(full)));
    }
  }

  const closing = closingOf(plan, rules, lang);
  return {
    lang,
    rules,
    header,
    kind: L.kind,
    title: clean(h.title),
    body,
    ...closing,
    noBreak: noBreakOf(plan),
    keepClosing: closingFits(rules, closing.recipients),
    ruleLengthsMm: ruleLengths(rules, header.issuer, clean(h.title)),
  };
}

/** Whether the recipients, in their half of the text width, take at most half a page. */
export function closingFits(rules: LayoutRules, recipients: PlanLayout['recipients']): boolean {
  if (!recipients) return true;
  const m = rules.page.marginMm;
  const size = rules.styles.recipients.sizePt;
  const width = (rules.page.widthMm - m.left - m.right) / 2 - 2.5;
  const lines = recipients.lines.reduce(
    (n, l) => n + Math.max(1, Math.ceil(textLengthMm(l, size) / width)),
    1,
  );
  const heightMm = (lines * lineHeightPt(rules, size) * 25.4) / 72;
  return heightMm <= (rules.page.heightMm - m.top - m.bottom) / 2;
}

/** The phrases of a plan that must not break across lines: its place and the numbers and symbols it cites. */
export function noBreakOf(plan: ReadonlyPlan): string[] {
  const phrases = [
    clean(plan.header.place),
    clean(plan.header.reference),
    ...plan.resolutions.map((r) => clean(r.reference)),
  ].filter((p) => p !== '' && p.length <= 60);
  return [...new Set(phrases)].sort((a, b) => b.length - a.length);
}

/** The recipients and the signature of a plan, as the layout prints them. */
export function closingOf(
  plan: { readonly recipients: readonly Recipient[]; readonly signature?: Plan['signature'] },
  rules: LayoutRules,
  lang: FormatLang,
): Pick<PlanLayout, 'recipients' | 'signature'> {
  const L = lang === 'en' ? EN : VI;
  let recipients: PlanLayout['recipients'];
  if (plan.recipients.length > 0) {
    const kept = plan.recipients.filter((r) => r.purpose !== 'archive');
    const archived = plan.recipients
      .filter((r) => r.purpose === 'archive')
      .map((r) => clean(r.name));
    const lines = kept.map((r, i) => {
      const name = clean(r.name);
      const label =
        r.purpose === undefined ? '' : ` (${RECIPIENT_PURPOSE_LABELS[r.purpose][lang]})`;
      return `- ${endItem(`${name}${label}`, archived.length === 0 && i === kept.length - 1 ? '.' : ';')}`;
    });
    if (archived.length > 0) lines.push(`- ${L.archive}: ${endItem(archived.join(', '), '.')}`);
    recipients = { label: L.recipients, lines };
  }

  let signature: PlanLayout['signature'];
  if (plan.signature) {
    const sig = plan.signature;
    const modeLabel =
      lang === 'en'
        ? SIGNATURE_MODE_LABELS[sig.mode].en.toUpperCase()
        : rules.signatureLabels[sig.mode];
    const authority =
      sig.mode !== 'direct' && sig.authority !== undefined
        ? `${modeLabel} ${clean(sig.authority).toUpperCase()}`.trim()
        : undefined;
    signature = {
      ...(authority === undefined ? {} : { authority }),
      title: clean(sig.title).toUpperCase(),
      ...(sig.name === undefined ? {} : { name: clean(sig.name) }),
    };
  }
  return {
    ...(recipients === undefined ? {} : { recipients }),
    ...(signature === undefined ? {} : { signature }),
  };
}
