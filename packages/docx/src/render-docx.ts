import type { Plan, RollupResult } from '@rollout/core';
import type {
  LayoutRules,
  PlanBlock,
  PlanLayout,
  ProgressReportOptions,
  RenderPlanOptions,
  TextStyle,
} from '@rollout/document';
import { layoutPlan, layoutProgressReport } from '@rollout/document';
import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
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

const run = (text: string, style: TextStyle, extra: { italic?: boolean; bold?: boolean } = {}) =>
  new TextRun({
    text,
    size: style.sizePt * 2,
    bold: extra.bold ?? style.bold ?? false,
    italics: extra.italic ?? style.italic ?? false,
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });

function centred(text: string, style: TextStyle, spaceBefore = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spaceBefore, after: 0 },
    children: [run(text, style)],
  });
}

function cell(children: Paragraph[], widthTwip: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: widthTwip, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
  });
}

function table(rows: TableCell[][], widths: readonly number[]): Table {
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells })),
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

function bodyParagraph(block: PlanBlock, rules: LayoutRules): Paragraph {
  const s = rules.styles;
  const spacing = {
    before: 0,
    after: rules.paragraphSpacingPt * 20,
    line: Math.round(rules.lineSpacing * 240),
    lineRule: LineRuleType.AUTO,
  };
  const indent = { firstLine: mmToTwip(rules.firstLineIndentMm) };
  if (block.type !== 'paragraph') {
    const style = block.type === 'heading' ? s.heading : s.subheading;
    return new Paragraph({ spacing, indent, keepNext: true, children: [run(block.text, style)] });
  }
  const runs = block.runs.map((r) =>
    run(r.text, s.body, {
      ...(r.italic ? { italic: true } : {}),
      ...(r.bold ? { bold: true } : {}),
    }),
  );
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing,
    indent,
    children: block.marker === undefined ? runs : [run(`${block.marker} `, s.body), ...runs],
  });
}

/** Builds the `docx` document of a laid-out plan. */
function buildDocument(layout: PlanLayout, creator: string): Document {
  const { rules, header } = layout;
  const s = rules.styles;
  const m = rules.page.marginMm;
  const textWidth = mmToTwip(rules.page.widthMm - m.left - m.right);
  const leftWidth = Math.round(textWidth * 0.43);
  const rightWidth = textWidth - leftWidth;

  const left: Paragraph[] =
    header.issuer === ''
      ? []
      : [
          ...(header.parent === undefined ? [] : [centred(header.parent, s.issuerParent)]),
          centred(header.issuer, s.issuer),
          header.mark === 'star'
            ? centred('*', s.issuer)
            : centred('––––––', { sizePt: s.issuer.sizePt }),
        ];
  const right: Paragraph[] = header.mottoLines.map((line, i) =>
    centred(
      line,
      i === 0 ? (header.motto === 'party' ? s.partyMotto : s.stateMotto) : s.stateTagline,
    ),
  );
  const headerTable = table(
    [
      [cell(left, leftWidth), cell(right, rightWidth)],
      [
        cell([centred(header.reference, s.reference, 120)], leftWidth),
        cell([centred(header.placeDate, s.placeDate, 120)], rightWidth),
      ],
    ],
    [leftWidth, rightWidth],
  );

  const children: (Paragraph | Table)[] = [
    headerTable,
    centred(layout.kind, s.kind, 360),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
      children: [run(layout.title, s.title)],
    }),
    ...layout.body.map((b) => bodyParagraph(b, rules)),
  ];

  if (layout.recipients || layout.signature) {
    const half = Math.round(textWidth / 2);
    const rec = layout.recipients
      ? [
          new Paragraph({ children: [run(layout.recipients.label, s.recipientsLabel)] }),
          ...layout.recipients.lines.map(
            (l) => new Paragraph({ children: [run(l, s.recipients)] }),
          ),
        ]
      : [];
    const sig = layout.signature;
    const sign = sig
      ? [
          ...(sig.authority === undefined ? [] : [centred(sig.authority, s.signatureTitle)]),
          centred(sig.title, s.signatureTitle),
          ...Array.from({ length: 4 }, () => centred('', s.body)),
          centred(sig.name ?? '', s.signatureName),
        ]
      : [];
    children.push(
      new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
      table([[cell(rec, half), cell(sign, textWidth - half)]], [half, textWidth - half]),
    );
  }

  return new Document({
    creator,
    lastModifiedBy: creator,
    title: `${layout.kind} ${header.reference}`,
    description: layout.title,
    styles: {
      default: {
        document: {
          run: { font: rules.fontFamily, size: s.body.sizePt * 2 },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(rules.page.widthMm), height: mmToTwip(rules.page.heightMm) },
            margin: {
              top: mmToTwip(m.top),
              bottom: mmToTwip(m.bottom),
              left: mmToTwip(m.left),
              right: mmToTwip(m.right),
              header: 0,
              footer: 0,
              gutter: 0,
            },
          },
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
  const [, y, mo, d] = ISO_DATE.exec(date < '1980-01-01' ? '1980-01-01' : date) ?? [];
  const mtime = new Date(Number(y), Number(mo) - 1, Number(d), 12, 0, 0);
  return zipSync(out, { level: 6, mtime });
}

/**
 * Renders a plan as a Word document (DOCX) in the official Vietnamese layout.
 *
 * @remarks Built on the `docx` library; runs in Node, browsers and edge
 * runtimes (no Node built-ins). The page is A4 with the rule set's margins
 * (in twips: 1 mm = 56.7 twips), Times New Roman at the rule set's sizes; the
 * header and the closing (recipients beside the signature) are borderless
 * two-column tables; items keep their `-` and `1.` markers as text (no Word
 * numbering, so nothing depends on list ids). The words are those of
 * {@link layoutPlan}, so the DOCX, HTML, Markdown and text hold the same
 * text. The output is deterministic: author `Rollout`, creation and
 * modification dates from `options.timestamp` or the plan's date (never the
 * clock), zip entries in a fixed order with fixed times, relationship ids
 * renumbered; the same plan and options give the same bytes in every time
 * zone.
 * @param plan - The plan.
 * @param options - Language, layout rule set, motto, timestamp, creator.
 * @returns The bytes of the `.docx` file.
 * @throws `RangeError` when `options.timestamp` is given and is not an ISO date, or
 * `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const bytes = await renderDocx(plan985KhHndt);
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // => true (a zip file)
 * ```
 * @see {@link layoutPlan}, `LAYOUT_RULES` of `@rollout/document`
 * @category Rendering
 */
export async function renderDocx(plan: Plan, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  if (options.timestamp !== undefined && !ISO_DATE.test(options.timestamp)) {
    throw new RangeError(
      `renderDocx: timestamp must be an ISO date (YYYY-MM-DD), not ${options.timestamp}`,
    );
  }
  const planDate = isoOrUndefined(plan.header.date);
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
 * @remarks Deterministic like {@link renderDocx}: the file's dates are the
 * report's date (`options.date`, else the roll-up's `today`, else 2000-01-01).
 * @param report - The roll-up as plain data: `rollup(plan, events, { today }).toJSON()`.
 * @param options - The plan reported on, date, number, language, rule set, creator.
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
  const date =
    isoOrUndefined(options.date) ?? isoOrUndefined(report.today ?? undefined) ?? '2000-01-01';
  return pack(layoutProgressReport(report, options), date, options);
}
