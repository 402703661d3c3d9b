import type { Plan, ReadonlyPlan, RollupResult } from '@rollout/core';
import { cleanText } from '@rollout/core';
import type {
  LayoutRules,
  PlanBlock,
  PlanLayout,
  ProgressReportOptions,
  RenderPlanOptions,
  TableBlock,
  TextStyle,
} from '@rollout/document';
import { layoutPlan, layoutProgressReport, lineHeightPt, splitNoBreak } from '@rollout/document';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Options of {@link renderDocx}.
 *
 * @category Rendering
 */
export interface RenderDocxOptions extends RenderPlanOptions {
  /**
   * The date (ISO `YYYY-MM-DD`) written as the file's creation and
   * modification time, in `docProps/core.xml` and in the zip entries.
   * Default: the plan's date, or 2000-01-01 for an undated draft. Never the
   * clock, so that the same plan gives the same bytes.
   */
  readonly timestamp?: string;
  /** The author written in the document's properties; default `Rollout`. */
  readonly creator?: string;
}

/** Millimetres to twentieths of a point (twips). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to twips. */
const pt = (points: number) => Math.round(points * 20);

/** What a paragraph writer needs besides the block: the layout (rules, no-break phrases, language). */
interface Ctx {
  readonly layout: PlanLayout;
  readonly rules: LayoutRules;
  readonly language: string;
}

/**
 * The runs of a text: its no-break phrases (numbers and symbols, the place)
 * with Word's non-breaking hyphens and no-break spaces, every run tagged with
 * the document's language so that Word checks the spelling in Vietnamese.
 */
function runs(
  ctx: Ctx,
  text: string,
  style: TextStyle,
  extra: { italic?: boolean; bold?: boolean } = {},
): TextRun[] {
  const props = {
    size: style.sizePt * 2,
    bold: extra.bold ?? style.bold ?? false,
    italics: extra.italic ?? style.italic ?? false,
    language: { value: ctx.language },
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  };
  return splitNoBreak(text, ctx.layout.noBreak).map((piece) => {
    if (!piece.keep) return new TextRun({ ...props, text: piece.text });
    const parts = piece.text.replaceAll(' ', '\u00A0').split('-');
    const children = parts.flatMap((p, i) => (i === 0 ? [p] : [new NoBreakHyphen(), p]));
    return new TextRun({ ...props, children: children.filter((c) => c !== '') });
  });
}

/** Exact line spacing for text of a size, as the HTML writer sets `line-height`. */
const exact = (rules: LayoutRules, sizePt: number) => ({
  line: pt(lineHeightPt(rules, sizePt)),
  lineRule: LineRuleType.EXACT,
});

function centred(ctx: Ctx, text: string, style: TextStyle, before = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt(before), after: 0, ...exact(ctx.rules, style.sizePt) },
    children: runs(ctx, text, style),
  });
}

/** An empty paragraph `heightPt` high, with a rule of `ruleMm` centred along its top when given. */
function spacer(heightPt: number, widthMm: number, ruleMm?: number, keepNext = false): Paragraph {
  const side = ruleMm === undefined ? 0 : mmToTwip(Math.max(0, (widthMm - ruleMm) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: pt(heightPt), lineRule: LineRuleType.EXACT },
    ...(keepNext ? { keepNext } : {}),
    ...(ruleMm === undefined
      ? {}
      : {
          indent: { left: side, right: side },
          border: { top: { style: BorderStyle.SINGLE, size: 4, space: 0, color: '000000' } },
        }),
    children: [],
  });
}

function cell(
  children: Paragraph[],
  widthTwip: number,
  margins?: { left: number; right: number },
): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: widthTwip, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    ...(margins ? { margins: { ...margins, top: 0, bottom: 0 } } : {}),
  });
}

function layoutTable(rows: TableCell[][], widths: readonly number[], cantSplit = true): Table {
  return new Table({
    rows: rows.map(
      (cells) => new TableRow({ children: cells, ...(cantSplit ? { cantSplit } : {}) }),
    ),
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

/** A table of figures: ruled, its header row repeated on each page, no row split across pages. */
function dataTable(ctx: Ctx, table: TableBlock, textWidth: number): Table {
  const style = ctx.rules.styles.table;
  const widths = table.widths.map((w) => Math.round(w * textWidth));
  const bold = new Set(table.boldRows ?? []);
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const row = (cells: readonly string[], head: boolean, strong: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 40, right: 40, top: 0, bottom: 0 },
            children: [
              new Paragraph({
                alignment:
                  table.align[i] === 'left' && !head ? AlignmentType.LEFT : AlignmentType.CENTER,
                spacing: { before: 0, after: 0, ...exact(ctx.rules, style.sizePt) },
                children: runs(ctx, text, style, { bold: head || strong }),
              }),
            ],
          }),
      ),
    });
  return new Table({
    rows: [
      row(table.columns, true, false),
      ...table.rows.map((r, i) => row(r, false, bold.has(i))),
    ],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
  });
}

const HEADINGS = {
  heading: HeadingLevel.HEADING_1,
  subheading: HeadingLevel.HEADING_2,
  'minor-heading': HeadingLevel.HEADING_3,
} as const;

function bodyParagraph(
  ctx: Ctx,
  block: Exclude<PlanBlock, TableBlock>,
  keepNext: boolean,
): Paragraph {
  const { rules } = ctx;
  const s = rules.styles;
  const spacing = {
    before: 0,
    after: pt(rules.paragraphSpacingPt),
    ...exact(rules, s.body.sizePt),
  };
  const indent = { firstLine: mmToTwip(rules.firstLineIndentMm) };
  if (block.type !== 'paragraph') {
    const style =
      block.type === 'heading'
        ? s.heading
        : block.type === 'subheading'
          ? s.subheading
          : { ...s.body, bold: true };
    const text = block.type === 'minor-heading' ? `${block.marker} ${block.text}` : block.text;
    // A real heading style (the navigation pane and a table of contents list it), the layout's
    // own look written on the run as well, so that the page is the same as the HTML's.
    return new Paragraph({
      heading: HEADINGS[block.type],
      alignment: AlignmentType.JUSTIFIED,
      spacing,
      indent,
      keepNext: true,
      keepLines: true,
      children: runs(ctx, text, style),
    });
  }
  const children = block.runs.flatMap((r) =>
    runs(ctx, r.text, s.body, {
      ...(r.italic ? { italic: true } : {}),
      ...(r.bold ? { bold: true } : {}),
    }),
  );
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing,
    indent,
    ...(keepNext || block.keepWithNext === true ? { keepNext: true } : {}),
    children:
      block.marker === undefined
        ? children
        : [...runs(ctx, `${block.marker} `, s.body), ...children],
  });
}

/** The built-in heading styles, in the layout's fonts and black, for Word's navigation pane and tables of contents. */
function headingStyles(rules: LayoutRules, language: string) {
  const s = rules.styles;
  const of = (style: TextStyle) => ({
    run: {
      font: rules.fontFamily,
      size: style.sizePt * 2,
      bold: style.bold ?? false,
      italics: style.italic ?? false,
      color: '000000',
      language: { value: language },
    },
    paragraph: {
      spacing: { before: 0, after: pt(rules.paragraphSpacingPt), ...exact(rules, style.sizePt) },
      keepNext: true,
      keepLines: true,
    },
  });
  return {
    heading1: of(s.heading),
    heading2: of(s.subheading),
    heading3: of({ ...s.body, bold: true }),
  };
}

/** Builds the `docx` document of a laid-out plan. */
function buildDocument(layout: PlanLayout, creator: string): Document {
  const { rules, header } = layout;
  const language = layout.lang === 'en' ? 'en-GB' : 'vi-VN';
  const ctx: Ctx = { layout, rules, language };
  const s = rules.styles;
  const m = rules.page.marginMm;
  const textWidthMm = rules.page.widthMm - m.left - m.right;
  const textWidth = mmToTwip(textWidthMm);
  const leftWidth = Math.round(textWidth * 0.43);
  const rightWidth = textWidth - leftWidth;
  const leftWidthMm = textWidthMm * 0.43;

  const left: Paragraph[] =
    header.issuer === ''
      ? []
      : [
          ...(header.parent === undefined ? [] : [centred(ctx, header.parent, s.issuerParent)]),
          centred(ctx, header.issuer, s.issuer),
          header.mark === 'star'
            ? centred(ctx, '*', s.issuer)
            : spacer(6, leftWidthMm, layout.ruleLengthsMm.issuer),
        ];
  const right: Paragraph[] = header.mottoLines.map((line, i) =>
    centred(
      ctx,
      line,
      i === 0 ? (header.motto === 'party' ? s.partyMotto : s.stateMotto) : s.stateTagline,
    ),
  );
  const headerTable = layoutTable(
    [
      [cell(left, leftWidth), cell(right, rightWidth)],
      [
        cell([centred(ctx, header.reference, s.reference, 6)], leftWidth),
        cell([centred(ctx, header.placeDate, s.placeDate, 6)], rightWidth),
      ],
    ],
    [leftWidth, rightWidth],
  );

  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, ...exact(rules, s.title.sizePt) },
    keepNext: true,
    children: runs(ctx, layout.title, s.title),
  });
  const kind = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt(18), after: 0, ...exact(rules, s.kind.sizePt) },
    keepNext: true,
    children: runs(ctx, layout.kind, s.kind),
  });
  const underTitle =
    rules.titleRule === 'line'
      ? [spacer(4, textWidthMm), spacer(8, textWidthMm, layout.ruleLengthsMm.title)]
      : [
          ...(rules.titleRule === 'dashes' ? [centred(ctx, '-----', s.title)] : []),
          spacer(12, textWidthMm),
        ];

  const closing = layout.recipients !== undefined || layout.signature !== undefined;
  const children: (Paragraph | Table)[] = [headerTable, kind, title, ...underTitle];
  layout.body.forEach((b, i) => {
    if (b.type === 'table') children.push(dataTable(ctx, b, textWidth));
    else
      children.push(
        bodyParagraph(ctx, b, closing && layout.keepClosing && i === layout.body.length - 1),
      );
  });

  if (closing) {
    const half = Math.round(textWidth / 2);
    const hang = mmToTwip(2.5);
    // A closing that fits is kept whole, on the page of the last paragraph; a long list of
    // recipients breaks across pages like any text.
    const keep = layout.keepClosing ? { keepNext: true } : {};
    const rec = layout.recipients
      ? [
          new Paragraph({
            spacing: { before: 0, after: 0, ...exact(rules, s.recipientsLabel.sizePt) },
            ...keep,
            children: runs(ctx, layout.recipients.label, s.recipientsLabel),
          }),
          ...layout.recipients.lines.map(
            (l) =>
              new Paragraph({
                spacing: { before: 0, after: 0, ...exact(rules, s.recipients.sizePt) },
                indent: { left: hang, hanging: hang },
                ...keep,
                children: runs(ctx, l, s.recipients),
              }),
          ),
        ]
      : [];
    const sig = layout.signature;
    const sign = sig
      ? [
          ...(sig.authority === undefined ? [] : [centred(ctx, sig.authority, s.signatureTitle)]),
          centred(ctx, sig.title, s.signatureTitle),
          ...Array.from({ length: rules.signatureSpaceLines }, () =>
            spacer(lineHeightPt(rules, s.body.sizePt), textWidthMm / 2),
          ),
          centred(ctx, sig.name ?? '', s.signatureName),
        ]
      : [];
    children.push(
      spacer(12, textWidthMm, undefined, layout.keepClosing),
      layoutTable(
        [[cell(rec, half), cell(sign, textWidth - half)]],
        [half, textWidth - half],
        layout.keepClosing,
      ),
    );
  }

  // The page number sits centred in the top margin: its line's middle halfway down the margin.
  const pn = rules.pageNumbers;
  const numberLineMm = (lineHeightPt(rules, pn.sizePt) * 25.4) / 72;
  const numberParagraph = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, ...exact(rules, pn.sizePt) },
    children: [
      new TextRun({
        children: [PageNumber.CURRENT],
        size: pn.sizePt * 2,
        language: { value: language },
      }),
    ],
  });
  return new Document({
    creator: cleanText(creator, { newlines: 'space' }),
    lastModifiedBy: cleanText(creator, { newlines: 'space' }),
    title: `${layout.kind} ${header.reference}`.replace(/\s+/g, ' '),
    description: layout.title,
    styles: {
      default: {
        document: {
          run: { font: rules.fontFamily, size: s.body.sizePt * 2, language: { value: language } },
        },
        ...headingStyles(rules, language),
      },
    },
    sections: [
      {
        properties: {
          titlePage: pn.fromPage === 2,
          page: {
            size: { width: mmToTwip(rules.page.widthMm), height: mmToTwip(rules.page.heightMm) },
            margin: {
              top: mmToTwip(m.top),
              bottom: mmToTwip(m.bottom),
              left: mmToTwip(m.left),
              right: mmToTwip(m.right),
              header: mmToTwip(Math.max(0, (m.top - numberLineMm) / 2)),
              footer: 0,
              gutter: 0,
            },
          },
        },
        headers: {
          default: new Header({ children: [numberParagraph] }),
          ...(pn.fromPage === 2 ? { first: new Header({ children: [new Paragraph({})] }) } : {}),
        },
        children,
      },
    ],
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Re-packs the zip that `docx` wrote so that the same plan gives the same
 * bytes: fixed dates in `docProps/core.xml`, fixed zip entry times, fixed
 * entry order, and no random relationship ids.
 */
function makeDeterministic(bytes: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(bytes);
  const stamp = `${date}T00:00:00Z`;
  const out: Record<string, Uint8Array> = {};
  for (const name of Object.keys(files).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  )) {
    let data = files[name] as Uint8Array;
    if (name === 'docProps/core.xml') {
      const xml = strFromU8(data).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      );
      data = strToU8(xml);
    }
    out[name] = data;
  }
  // Relationship ids that `docx` draws at random become stable, numbered in order of appearance.
  const ids = new Map<string, string>();
  const relFiles = Object.keys(out).filter((n) => n.endsWith('.rels'));
  for (const name of relFiles) {
    const xml = strFromU8(out[name] as Uint8Array);
    for (const match of xml.matchAll(/Id="([^"]+)"/g)) {
      const id = match[1] as string;
      if (!/^rId\d+$/.test(id) && !ids.has(id)) ids.set(id, `rIdR${ids.size + 1}`);
    }
  }
  if (ids.size > 0) {
    for (const name of Object.keys(out)) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      let xml = strFromU8(out[name] as Uint8Array);
      for (const [from, to] of ids) xml = xml.split(`"${from}"`).join(`"${to}"`);
      out[name] = strToU8(xml);
    }
  }
  // fflate writes DOS times from a Date's local fields; a Date built from local fields
  // (at noon, clear of daylight-saving gaps) gives the same fields in every time zone.
  // Zip times run from 1980 to 2099: a timestamp outside is clamped into them.
  const zipDate = date < '1980-01-01' ? '1980-01-01' : date > '2099-12-31' ? '2099-12-31' : date;
  const [, y, mo, d] = ISO_DATE.exec(zipDate) ?? [];
  const mtime = new Date(Number(y), Number(mo) - 1, Number(d), 12, 0, 0);
  return zipSync(out, { level: 6, mtime });
}

/**
 * Renders a plan as a Word document (DOCX) in the official Vietnamese layout.
 *
 * @remarks Built on the `docx` library; runs in Node, browsers and edge
 * runtimes (no Node built-ins). What a Word user expects:
 *
 * - the page: A4 with the rule set's margins (in twips: 1 mm = 56.7 twips),
 *   Times New Roman at the rule set's sizes on exact line heights (the same
 *   as the HTML's, {@link lineHeightPt}), so that both break pages alike;
 * - page numbers from page 2: a real `PAGE` field in a header part, centred
 *   in the top margin, the first page different (an empty header);
 * - headings as Word's own *Heading 1* (sections), *Heading 2* (numbered
 *   parts) and *Heading 3* (lettered sessions), restyled in the layout's font
 *   and black, so the navigation pane and a table of contents list them;
 *   each kept with the next paragraph and on one page;
 * - every run tagged `vi-VN` (`en-GB` for `lang: 'en'`), so that Word checks
 *   the spelling in Vietnamese;
 * - numbers and symbols (`58-NQ/TW`) with non-breaking hyphens and the plan's
 *   place name with no-break spaces, so neither breaks across lines;
 * - recipients with a hanging indent; the closing (recipients beside the
 *   signature) kept on the page of the last paragraph, never split;
 * - the header and the closing as borderless two-column tables, the figures
 *   of a report as ruled tables whose header row repeats on each page;
 * - items keep their `-` and `1.` markers as text (no Word numbering, so
 *   nothing depends on list ids) with the first-line indent of body text.
 *
 * The words are those of {@link layoutPlan}, so the DOCX, HTML, Markdown and
 * text hold the same text; every text part (`word/document.xml`, the header
 * parts, `docProps/core.xml`) holds only text cleaned by `cleanText` of
 * `@rollout/core`, so the file is always well-formed XML. The output is
 * deterministic: author `Rollout`, creation and modification dates from
 * `options.timestamp` or the plan's date (never the clock), zip entries in a
 * fixed order with fixed times, relationship ids renumbered; the same plan
 * and options give the same bytes in every time zone.
 * @param plan - The plan.
 * @param options - Language, layout rule set, motto, timestamp, creator.
 * @returns The bytes of the `.docx` file.
 * @throws `RangeError` when `options.timestamp` is given and is not an ISO date, or
 * `options.rules` names no shipped rule set; `PlanValidationError` (of
 * `@rollout/core`) when `plan` is so far from a plan that it cannot be laid out.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const bytes = await renderDocx(plan985KhHndt);
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // => true (a zip file)
 * ```
 * @see {@link layoutPlan}, `LAYOUT_RULES` of `@rollout/document`
 * @category Rendering
 */
export async function renderDocx(
  plan: ReadonlyPlan,
  options: RenderDocxOptions = {},
): Promise<Uint8Array> {
  // Read only: renderDocx never changes what it is given (the fuzz tests check it).
  return await renderDocxOf(plan as Plan, options);
}

async function renderDocxOf(plan: Plan, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  if (options.timestamp !== undefined && !ISO_DATE.test(options.timestamp)) {
    throw new RangeError(
      `renderDocx: timestamp must be an ISO date (YYYY-MM-DD), not ${options.timestamp}`,
    );
  }
  // A value that is not a plan has no header: layoutPlan then says why (PlanValidationError).
  const planDate = isoOrUndefined((plan as Partial<Plan> | null)?.header?.date);
  return pack(layoutPlan(plan, options), options.timestamp ?? planDate ?? '2000-01-01', options);
}

function isoOrUndefined(date: string | undefined): string | undefined {
  return date !== undefined && ISO_DATE.test(date) ? date : undefined;
}

async function pack(
  layout: PlanLayout,
  date: string,
  options: { readonly creator?: string },
): Promise<Uint8Array> {
  const doc = buildDocument(layout, options.creator ?? 'Rollout');
  const packed = new Uint8Array(await Packer.toArrayBuffer(doc));
  return makeDeterministic(packed, date);
}

/**
 * Options of {@link renderProgressDocx}.
 *
 * @category Rendering
 */
export interface RenderProgressDocxOptions extends ProgressReportOptions {
  /** The author written in the document's properties; default `Rollout`. */
  readonly creator?: string;
}

/**
 * Renders a progress report (*Báo cáo kết quả học tập, quán triệt*) as a Word
 * document, in the same layout and with the same words as
 * `renderProgressText` of `@rollout/document`.
 *
 * @remarks Written as {@link renderDocx} writes a plan: page numbers from
 * page 2, heading styles, `vi-VN` runs; the figures by tier and by unit are
 * ruled tables whose header row repeats on each page; the recipients and the
 * signature stay on the page of the last paragraph. Deterministic like
 * {@link renderDocx}: the file's dates are the report's date (`options.date`,
 * else the roll-up's `today`, else 2000-01-01).
 * @param report - The roll-up as plain data: `rollup(plan, events, { today }).toJSON()`.
 * @param options - The plan reported on, date, number, language, rule set, the office's paragraphs, recipients, creator.
 * @returns The bytes of the `.docx` file.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt, rollup } from '@rollout/core';
 * const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON(); // no event yet
 * const bytes = await renderProgressDocx(report, { plan: plan985KhHndt });
 * bytes.length > 0; // => true
 * ```
 * @see {@link renderDocx}
 * @category Rendering
 */
export async function renderProgressDocx(
  report: RollupResult,
  options: RenderProgressDocxOptions = {},
): Promise<Uint8Array> {
  // A value that is not a report: layoutProgressReport then says why (PlanValidationError).
  const today = (report as Partial<RollupResult> | null)?.today ?? undefined;
  const date = isoOrUndefined(options.date) ?? isoOrUndefined(today) ?? '2000-01-01';
  return pack(layoutProgressReport(report, options), date, options);
}
