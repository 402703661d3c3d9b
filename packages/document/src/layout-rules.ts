import type { DeepReadonly, Plan, SignatureMode } from '@rollout/core';

/**
 * The names of the layout rule sets that ship with Rollout.
 *
 * @remarks `party-2018` = Hướng dẫn 36-HD/VPTW (3/4/2018) of the Party
 * Central Office, under Quy định 66-QĐ/TW; `party-2026` = Quy định
 * 399-QĐ/TW (9/1/2026) and its guidance; `state-2020` = Nghị định
 * 30/2020/NĐ-CP, Phụ lục I; `mass-organisation` = what the Fatherland Front
 * and the mass organisations do (985-KH/HNDT: the state motto beside a
 * Party-style number and symbol and the star under the issuer).
 * @category Rendering
 */
export type LayoutRuleSetName = 'party-2018' | 'party-2026' | 'state-2020' | 'mass-organisation';

/**
 * Font size and style of one element of the page.
 *
 * @category Rendering
 */
export interface TextStyle {
  /** Size in points. */
  readonly sizePt: number;
  /** Bold (*đậm*). */
  readonly bold?: boolean;
  /** Italic (*nghiêng*). */
  readonly italic?: boolean;
  /** Underlined (*gạch chân*). */
  readonly underline?: boolean;
  /** Printed in capitals (*in hoa*). */
  readonly upper?: boolean;
}

/**
 * A layout rule set: page, fonts, sizes, the header lines and the number and
 * date forms of an official Vietnamese document.
 *
 * @remarks Rule sets are versioned data: a new regulation gives a new set and
 * the old one stays, so that old plans print as they were issued. Where a
 * regulation gives a range (body text 13–14 pt), a set fixes one value inside
 * it. `unverified` lists what the set's authors could not check against the
 * regulation's own text.
 * @category Rendering
 */
export interface LayoutRules {
  /** The set's name. */
  readonly name: LayoutRuleSetName;
  /** What the set follows, in words. */
  readonly source: string;
  /** The first day the source applies (ISO date), if known. */
  readonly effectiveFrom?: string;
  /** What could not be checked against the source. */
  readonly unverified: readonly string[];
  /** The page: A4 (210 × 297 mm) and its margins in millimetres. */
  readonly page: {
    /** The paper size. */
    readonly size: 'A4';
    /** The page width in millimetres (210). */
    readonly widthMm: number;
    /** The page height in millimetres (297). */
    readonly heightMm: number;
    /** The page margins in millimetres. */
    readonly marginMm: {
      /** The top margin. */
      readonly top: number;
      /** The bottom margin. */
      readonly bottom: number;
      /** The left margin. */
      readonly left: number;
      /** The right margin. */
      readonly right: number;
    };
  };
  /** The font family (Unicode, TCVN 6909:2001). */
  readonly fontFamily: string;
  /**
   * The exact line height of body text, in points, shared by HTML and DOCX so
   * that both break pages alike; other sizes get the same proportion
   * ({@link lineHeightPt}).
   */
  readonly lineHeightPt: number;
  /** Space after each body paragraph, in points. */
  readonly paragraphSpacingPt: number;
  /** First-line indent of body paragraphs, in millimetres. */
  readonly firstLineIndentMm: number;
  /** The motto printed when the plan's header names none: Party or state. */
  readonly defaultMotto: 'party' | 'state';
  /** What is printed under the issuer's name: a star (Party) or a short rule (state). */
  readonly issuerMark: 'star' | 'rule';
  /** Text before the number and symbol: `Số ` (Party) or `Số: ` (state). */
  readonly referencePrefix: string;
  /**
   * The form of the number and symbol: `party` writes `985-KH/HNDT` (number,
   * hyphen, type, slash, issuer), `state` writes `985/KH-HNDT` (number, slash,
   * type, hyphen, issuer), as each regulation prints it.
   */
  readonly referenceForm: 'party' | 'state';
  /**
   * The length of a drawn rule (under the issuer, under the summary line) as
   * a share of the line of text above it: Nghị định 30/2020/NĐ-CP asks for
   * 1/3 to 1/2.
   */
  readonly ruleShare: number;
  /**
   * What is printed under the summary line (*trích yếu*): nothing, five
   * hyphens `-----` (Party documents) or a solid rule of `ruleShare` of its
   * line (state documents).
   */
  readonly titleRule: 'none' | 'dashes' | 'line';
  /** Page numbers: from which page, and their size; always centred in the top margin. */
  readonly pageNumbers: {
    /** The first page that shows its number: 2 (the first page has none, as both regulations ask) or 1. */
    readonly fromPage: 1 | 2;
    /** The size of the number, in points. */
    readonly sizePt: number;
  };
  /** Empty lines of body height left between the signer's title and name, to sign in. */
  readonly signatureSpaceLines: number;
  /** Day below 10 and months 1, 2 with a leading zero in the date line. */
  readonly padDate: boolean;
  /** Labels of the signing modes, as the rules write them. */
  readonly signatureLabels: Readonly<Record<SignatureMode, string>>;
  /** Styles of each element. */
  readonly styles: {
    /** *ĐẢNG CỘNG SẢN VIỆT NAM*. */
    readonly partyMotto: TextStyle;
    /** *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*. */
    readonly stateMotto: TextStyle;
    /** *Độc lập - Tự do - Hạnh phúc*. */
    readonly stateTagline: TextStyle;
    /** The body above the issuer (*cơ quan chủ quản*). */
    readonly issuerParent: TextStyle;
    /** The issuing body. */
    readonly issuer: TextStyle;
    /** The number and symbol. */
    readonly reference: TextStyle;
    /** The place and date. */
    readonly placeDate: TextStyle;
    /** The document kind, *KẾ HOẠCH*. */
    readonly kind: TextStyle;
    /** The summary line under the kind (*trích yếu*). */
    readonly title: TextStyle;
    /** Body text. */
    readonly body: TextStyle;
    /** Section headings (I., II. …). */
    readonly heading: TextStyle;
    /** Sub-headings (1., 2. …). */
    readonly subheading: TextStyle;
    /** The words *Nơi nhận:*. */
    readonly recipientsLabel: TextStyle;
    /** The recipients list. */
    readonly recipients: TextStyle;
    /** Authority and title of the signer (*T/M BAN THƯỜNG VỤ*, *CHỦ TỊCH*). */
    readonly signatureTitle: TextStyle;
    /** The signer's name. */
    readonly signatureName: TextStyle;
    /** Text in tables (the figures of a progress report). */
    readonly table: TextStyle;
  };
}

const A4 = { size: 'A4', widthMm: 210, heightMm: 297 } as const;
const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;

const PARTY_2018: LayoutRules = {
  name: 'party-2018',
  source:
    'Hướng dẫn 36-HD/VPTW ngày 3/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng (under Quy định 66-QĐ/TW, 2017)',
  effectiveFrom: '2018-04-03',
  unverified: [
    'Sizes in ranges, the 18 pt line: chosen by Rollout.',
    '“Nơi nhận:” 14 pt underlined, list 12 pt: secondary sources.',
    'Five hyphens under the summary, page numbers from page 2: our reading.',
  ],
  page: { ...A4, marginMm: MARGINS },
  fontFamily: 'Times New Roman',
  lineHeightPt: 18,
  paragraphSpacingPt: 6,
  firstLineIndentMm: 12.7,
  defaultMotto: 'party',
  issuerMark: 'star',
  referencePrefix: 'Số ',
  referenceForm: 'party',
  ruleShare: 0.4,
  titleRule: 'dashes',
  pageNumbers: { fromPage: 2, sizePt: 14 },
  signatureSpaceLines: 4,
  padDate: true,
  signatureLabels: { 'on-behalf': 'T/M', 'acting-for': 'K/T', 'by-order': 'T/L', direct: '' },
  styles: {
    partyMotto: { sizePt: 15, bold: true, upper: true, underline: true },
    stateMotto: { sizePt: 12, bold: true, upper: true },
    stateTagline: { sizePt: 14, bold: true, underline: true },
    issuerParent: { sizePt: 14, upper: true },
    issuer: { sizePt: 14, bold: true, upper: true },
    reference: { sizePt: 14 },
    placeDate: { sizePt: 14, italic: true },
    kind: { sizePt: 16, bold: true, upper: true },
    title: { sizePt: 14, bold: true },
    body: { sizePt: 14 },
    heading: { sizePt: 14, bold: true },
    subheading: { sizePt: 14, bold: true },
    recipientsLabel: { sizePt: 14, underline: true },
    recipients: { sizePt: 12 },
    signatureTitle: { sizePt: 14, bold: true, upper: true },
    signatureName: { sizePt: 14, bold: true },
    table: { sizePt: 12 },
  },
};

const PARTY_2026: LayoutRules = {
  ...PARTY_2018,
  name: 'party-2026',
  source:
    'Quy định 399-QĐ/TW ngày 9/1/2026 của Ban Bí thư về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng (replaces Quy định 66-QĐ/TW) and the Văn phòng Trung ương Đảng guidance under it',
  effectiveFrom: '2026-01-09',
  unverified: [
    'Effective 9/1/2026: from a published summary.',
    'Its guidance could not be read: all else is party-2018’s.',
  ],
};

const STATE_2020: LayoutRules = {
  ...PARTY_2018,
  name: 'state-2020',
  source:
    'Nghị định 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư, Phụ lục I (thể thức, kỹ thuật trình bày văn bản hành chính)',
  effectiveFrom: '2020-03-05',
  unverified: ['Sizes in ranges, the 18 pt line (15 pt to 1.5 lines allowed): chosen by Rollout.'],
  defaultMotto: 'state',
  issuerMark: 'rule',
  referencePrefix: 'Số: ',
  referenceForm: 'state',
  titleRule: 'line',
  signatureLabels: { 'on-behalf': 'TM.', 'acting-for': 'KT.', 'by-order': 'TL.', direct: '' },
  styles: {
    ...PARTY_2018.styles,
    issuerParent: { sizePt: 13, upper: true },
    issuer: { sizePt: 13, bold: true, upper: true },
    reference: { sizePt: 13 },
    kind: { sizePt: 14, bold: true, upper: true },
    recipientsLabel: { sizePt: 12, bold: true, italic: true },
    recipients: { sizePt: 11 },
  },
};

const MASS_ORGANISATION: LayoutRules = {
  ...STATE_2020,
  name: 'mass-organisation',
  source:
    'Practice of the Fatherland Front and the mass organisations, as in plan 985-KH/HNDT (Hội Nông dân tỉnh Thanh Hóa, 2020): the state motto, a star under the issuer, a Party-style number and symbol (Số 985-KH/HNDT), dates without leading zeros; sizes, rules and page numbers from Nghị định 30/2020/NĐ-CP',
  unverified: [
    'No regulation covers every mass organisation: one published plan and Nghị định 30.',
    'The rule under the summary is Nghị định 30’s (985-KH/HNDT’s text cannot show one).',
  ],
  issuerMark: 'star',
  referencePrefix: 'Số ',
  referenceForm: 'party',
  padDate: false,
  signatureLabels: { 'on-behalf': 'T/M', 'acting-for': 'K.T.', 'by-order': 'T/L', direct: '' },
};

/**
 * The layout rule sets that ship with Rollout, by name.
 *
 * @remarks All four print on A4 with margins top 20 mm, bottom 20 mm, left
 * 30 mm, right 15 mm (the low ends of the ranges 20–25, 20–25, 30–35, 15–20
 * mm both regulations give) in Times New Roman, 14 pt body text on an exact
 * 18 pt line, with page numbers from page 2 centred in the top margin. They
 * differ in the header:
 *
 * | set | motto by default | under the issuer | number | under the summary | date | signing |
 * |---|---|---|---|---|---|---|
 * | `party-2018` | ĐẢNG CỘNG SẢN VIỆT NAM | `*` | `Số 12-KH/TU` | `-----` | `ngày 03 tháng 9 năm 2020` | T/M, K/T, T/L |
 * | `party-2026` | as `party-2018` (unverified) | `*` | `Số 12-KH/TU` | `-----` | padded | T/M, K/T, T/L |
 * | `state-2020` | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc | a rule | `Số: 12/KH-UBND` | a rule | padded | TM., KT., TL. |
 * | `mass-organisation` | the state motto | `*` | `Số 985-KH/HNDT` | a rule | `ngày 3 tháng 9 năm 2020` | T/M, K.T., T/L |
 *
 * Each set's `source` names its regulation and `unverified` what could not
 * be checked.
 * @example
 * ```ts
 * LAYOUT_RULES['state-2020'].page.marginMm.left; // => 30
 * LAYOUT_RULES['party-2018'].referencePrefix; // => 'Số '
 * ```
 * @see {@link defaultLayoutRules}
 * @category Rendering
 */
export const LAYOUT_RULES: Readonly<Record<LayoutRuleSetName, LayoutRules>> = Object.freeze({
  'party-2018': PARTY_2018,
  'party-2026': PARTY_2026,
  'state-2020': STATE_2020,
  'mass-organisation': MASS_ORGANISATION,
});

/**
 * Whether a string names a shipped layout rule set.
 *
 * @param name - Any string (e.g. a CLI argument).
 * @returns `true` for `party-2018`, `party-2026`, `state-2020` and `mass-organisation`.
 * @example
 * ```ts
 * isLayoutRuleSetName('party-2026'); // => true
 * isLayoutRuleSetName('__proto__'); // => false
 * ```
 * @category Rendering
 */
export function isLayoutRuleSetName(name: string): name is LayoutRuleSetName {
  return Object.hasOwn(LAYOUT_RULES, name);
}

/**
 * Picks the layout rule set of a plan from its issuer's kind and its date.
 *
 * @remarks A Party plan dated before 9/1/2026 (the day Quy định 399-QĐ/TW
 * took effect) gets `party-2018`, a later or undated one (a draft)
 * `party-2026`; a state plan gets `state-2020`; a mass organisation's plan
 * `mass-organisation`.
 * @param plan - A plan (only `header.issuer.kind` and `header.date` are read).
 * @returns The name of the rule set.
 * @example
 * ```ts
 * import { plan985KhHndt, planNq58Province } from '@rollout/core';
 * defaultLayoutRules(plan985KhHndt); // => 'mass-organisation'
 * defaultLayoutRules(planNq58Province); // => 'party-2026' (undated draft)
 * ```
 * @see {@link LAYOUT_RULES}
 * @category Rendering
 */
export function defaultLayoutRules(plan: DeepReadonly<Pick<Plan, 'header'>>): LayoutRuleSetName {
  // Read only: defaultLayoutRules never changes what it is given (the fuzz tests check it).
  return defaultLayoutRulesOf(plan as Pick<Plan, 'header'>);
}

function defaultLayoutRulesOf(plan: Pick<Plan, 'header'>): LayoutRuleSetName {
  const { kind } = plan.header.issuer;
  if (kind === 'state') return 'state-2020';
  if (kind === 'mass-organisation') return 'mass-organisation';
  const date = plan.header.date;
  const since = PARTY_2026.effectiveFrom ?? '';
  return date !== undefined && date < since ? 'party-2018' : 'party-2026';
}

/**
 * The exact line height of text of a given size under a rule set, in points.
 *
 * @remarks Body text gets `rules.lineHeightPt`; other sizes the same
 * proportion of their size, never less than 1.15 times it (so that the
 * Vietnamese stacked marks of capitals are not clipped), rounded to half a
 * point. The HTML and DOCX writers both use it, so that a line is as tall in
 * both and the two break pages alike.
 * @param rules - The rule set.
 * @param sizePt - The font size, in points.
 * @returns The line height, in points.
 * @example
 * ```ts
 * lineHeightPt(LAYOUT_RULES['state-2020'], 14); // => 18
 * lineHeightPt(LAYOUT_RULES['state-2020'], 12); // => 15.5
 * lineHeightPt(LAYOUT_RULES['party-2018'], 16); // => 20.5
 * ```
 * @category Rendering
 */
export function lineHeightPt(rules: LayoutRules, sizePt: number): number {
  const body = rules.styles.body.sizePt;
  const height = Math.max((rules.lineHeightPt * sizePt) / body, sizePt * 1.15);
  return Math.round(height * 2) / 2;
}
