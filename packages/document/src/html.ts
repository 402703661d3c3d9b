import type { Plan, ReadonlyPlan } from '@rollout/core';
import { escapeHtml } from './escape.js';
import type { PlanLayout, RenderPlanOptions, TableBlock, TextRun } from './layout.js';
import { layoutPlan, splitNoBreak } from './layout.js';
import type { LayoutRules, TextStyle } from './layout-rules.js';
import { lineHeightPt } from './layout-rules.js';

/** Millimetres from twips, as the DOCX writer rounds them, so that both draw the same page. */
const mm = (value: number) => `${Math.round(value * 100) / 100}mm`;

export function css(style: TextStyle, rules: LayoutRules): string {
  // The body's size and line height are inherited; only what differs is written.
  const size = style.sizePt === rules.styles.body.sizePt;
  return (
    [
      ...(size
        ? []
        : [`font-size: ${style.sizePt}pt; line-height: ${lineHeightPt(rules, style.sizePt)}pt`]),
      ...(style.bold ? ['font-weight: bold'] : []),
      ...(style.italic ? ['font-style: italic'] : []),
      ...(style.underline ? ['text-decoration: underline'] : []),
    ].join('; ') || 'font-size: 1em'
  );
}

/**
 * The print style sheet. Every vertical distance is the one the DOCX writer
 * uses (exact line heights, space after paragraphs only, no collapsing
 * margins), so that Chromium and Word or LibreOffice break pages alike.
 */
function styleSheet(layout: PlanLayout): string {
  const { rules } = layout;
  const { marginMm: m, widthMm } = rules.page;
  const s = rules.styles;
  const textWidth = widthMm - m.left - m.right;
  const family = `"${rules.fontFamily}", "Times New Roman", Times, serif`;
  const after = `${rules.paragraphSpacingPt}pt`;
  const body = lineHeightPt(rules, s.body.sizePt);
  const pn = rules.pageNumbers;
  const numbers = pn.fromPage === 1 ? '' : '@page :first { @top-center { content: none; } }\n';
  return `@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; @top-center { content: counter(page); font-family: ${family}; font-size: ${pn.sizePt}pt; line-height: ${lineHeightPt(rules, pn.sizePt)}pt; vertical-align: middle; } }
${numbers}* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0; font-family: ${family}; font-size: ${s.body.sizePt}pt; line-height: ${body}pt; overflow-wrap: anywhere; }
.page { width: ${textWidth}mm; margin: 0 auto; }
@media screen { body { background: #e5e5e5; } .page { background: #fff; box-sizing: content-box; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; margin: 1rem auto; min-height: ${rules.page.heightMm - m.top - m.bottom}mm; } }
p, h1, h2, h3, h4, div { margin: 0; font-size: 1em; font-weight: normal; }
h2, h3, h4 { margin-bottom: ${after}; text-indent: ${mm(rules.firstLineIndentMm)}; break-after: avoid; break-inside: avoid; }
.nb { white-space: nowrap; }
table.header, table.closing { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.header td, table.closing td { vertical-align: top; padding: 0; text-align: center; }
table.header col.left { width: 43%; }
table.closing col.recipients { width: 50%; }
table.closing td.recipients { text-align: left; }
.issuer-parent { ${css(s.issuerParent, rules)}; }
.issuer, .mark { ${css(s.issuer, rules)}; }
.rule { display: block; height: 0; margin: 0 auto; border-top: 0.5pt solid #000; }
.issuer-rule { height: 6pt; }
.motto-party { ${css(s.partyMotto, rules)}; }
.motto-state { ${css(s.stateMotto, rules)}; }
.motto-tagline { ${css(s.stateTagline, rules)}; }
table.header td.reference { ${css(s.reference, rules)}; padding-top: 6pt; }
table.header td.place-date { ${css(s.placeDate, rules)}; padding-top: 6pt; }
h1.kind { ${css(s.kind, rules)}; text-align: center; padding-top: 18pt; }
p.title, .title-dashes { ${css(s.title, rules)}; text-align: center; }
.title-rule { height: 12pt; padding-top: 4pt; }
h2 { ${css(s.heading, rules)}; }
h3 { ${css(s.subheading, rules)}; }
h4 { ${css({ ...s.body, bold: true }, rules)}; }
p.body { ${css(s.body, rules)}; text-align: justify; text-indent: ${mm(rules.firstLineIndentMm)}; margin-bottom: ${after}; }
.recipients-label { ${css(s.recipientsLabel, rules)}; }
.recipients p { ${css(s.recipients, rules)}; padding-left: 2.5mm; text-indent: -2.5mm; }
.signature-title { ${css(s.signatureTitle, rules)}; }
.signature-space { height: ${rules.signatureSpaceLines * body}pt; }
.signature-name { ${css(s.signatureName, rules)}; }
.closing-space { height: 12pt; }
.keep { break-after: avoid; }
${layout.keepClosing ? 'table.closing { break-inside: avoid; }' : ''}`;
}

/** Escapes a text of the layout, keeping its numbers and symbols and place names on one line. */
function text(value: string, layout: PlanLayout): string {
  return splitNoBreak(value, layout.noBreak)
    .map((p) => (p.keep ? `<span class="nb">${escapeHtml(p.text)}</span>` : escapeHtml(p.text)))
    .join('');
}

function runs(list: readonly TextRun[], layout: PlanLayout): string {
  return list
    .map((r) => {
      let t = text(r.text, layout);
      if (r.italic) t = `<em>${t}</em>`;
      if (r.bold) t = `<strong>${t}</strong>`;
      return t;
    })
    .join('');
}

/**
 * How a writer of tables writes them (the progress report passes one, so that a plan's
 * page carries no table code or style).
 */
export interface HtmlTables {
  /** The style sheet of tables. */
  readonly css: (layout: PlanLayout) => string;
  /** One table as HTML. */
  readonly write: (
    table: TableBlock,
    layout: PlanLayout,
    text: (value: string) => string,
  ) => string;
}

/** Writes a laid-out plan as a standalone HTML page. */
export function writeHtml(layout: PlanLayout, tables?: HtmlTables): string {
  const { header, rules } = layout;
  const h = (value: string) => text(value, layout);
  const lines: string[] = [];
  const left =
    header.issuer === ''
      ? ''
      : [
          ...(header.parent === undefined
            ? []
            : [`<div class="issuer-parent">${h(header.parent)}</div>`]),
          `<div class="issuer">${h(header.issuer)}</div>`,
          header.mark === 'star'
            ? '<div class="mark">*</div>'
            : `<div class="issuer-rule"><span class="rule" style="width: ${mm(layout.ruleLengthsMm.issuer)}"></span></div>`,
        ].join('');
  const right =
    header.motto === 'party'
      ? `<div class="motto-party">${h(header.mottoLines[0] ?? '')}</div>`
      : `<div class="motto-state">${h(header.mottoLines[0] ?? '')}</div><div class="motto-tagline">${h(header.mottoLines[1] ?? '')}</div>`;
  const titleRule =
    rules.titleRule === 'line'
      ? `<div class="title-rule"><span class="rule" style="width: ${mm(layout.ruleLengthsMm.title)}"></span></div>`
      : `${rules.titleRule === 'dashes' ? '<p class="title-dashes">-----</p>' : ''}<div class="title-rule"></div>`;
  lines.push(
    '<table class="header">',
    '<colgroup><col class="left"><col></colgroup>',
    `<tr><td>${left}</td><td>${right}</td></tr>`,
    `<tr><td class="reference">${h(header.reference)}</td><td class="place-date">${h(header.placeDate)}</td></tr>`,
    '</table>',
    `<h1 class="kind">${h(layout.kind)}</h1>`,
    `<p class="title">${h(layout.title)}</p>`,
    titleRule,
  );
  const closing = layout.recipients !== undefined || layout.signature !== undefined;
  layout.body.forEach((block, i) => {
    const last = closing && i === layout.body.length - 1;
    if (block.type === 'heading') lines.push(`<h2>${h(block.text)}</h2>`);
    else if (block.type === 'subheading') lines.push(`<h3>${h(block.text)}</h3>`);
    else if (block.type === 'minor-heading')
      lines.push(`<h4>${h(block.marker)} ${h(block.text)}</h4>`);
    else if (block.type === 'table') {
      if (tables) lines.push(tables.write(block, layout, h));
    } else {
      const marker = block.marker === undefined ? '' : `${h(block.marker)} `;
      const keep = block.keepWithNext || (last && layout.keepClosing) ? ' keep' : '';
      lines.push(`<p class="body${keep}">${marker}${runs(block.runs, layout)}</p>`);
    }
  });
  if (closing) {
    const rec = layout.recipients
      ? `<div class="recipients-label">${h(layout.recipients.label)}</div>${layout.recipients.lines
          .map((l) => `<p>${h(l)}</p>`)
          .join('')}`
      : '';
    const sig = layout.signature;
    const sign = sig
      ? [
          ...(sig.authority === undefined
            ? []
            : [`<p class="signature-title">${h(sig.authority)}</p>`]),
          `<p class="signature-title">${h(sig.title)}</p>`,
          '<div class="signature-space"></div>',
          `<p class="signature-name">${h(sig.name ?? '')}</p>`,
        ].join('')
      : '';
    lines.push(
      `<div class="${layout.keepClosing ? 'closing-space keep' : 'closing-space'}"></div>`,
      '<table class="closing">',
      '<colgroup><col class="recipients"><col></colgroup>',
      `<tr><td class="recipients">${rec}</td><td class="signature">${sign}</td></tr>`,
      '</table>',
    );
  }
  const title = `${layout.kind} ${header.reference}`.replace(/\s+/g, ' ').trim();
  return `<!DOCTYPE html>
<html lang="${layout.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@rollout/document (${escapeHtml(layout.rules.name)})">
<title>${escapeHtml(title)}</title>
<style>
${styleSheet(layout)}${tables ? `\n${tables.css(layout)}` : ''}
</style>
</head>
<body>
<article class="page">
${lines.join('\n')}
</article>
</body>
</html>
`;
}

/**
 * Renders a plan as a complete, standalone HTML page, ready to print on A4.
 *
 * @remarks The page carries its own print CSS: `@page { size: A4; margin: … }`
 * with the rule set's margins and a page number centred in the top margin
 * from the rule set's first numbered page (`@top-center { content:
 * counter(page) }`, none on page 1), Times New Roman at the rule set's sizes
 * on exact line heights ({@link lineHeightPt}, the same as the DOCX), the
 * two-column header as a table, the rules under the issuer and under the
 * summary line, and the recipients beside the signature, kept on the page of
 * the last paragraph. Headings stay with what follows them; numbers and
 * symbols (`58-NQ/TW`) and the plan's place name never break across lines.
 * Printing it from a browser gives the document. On screen it shows a sheet
 * of paper. It loads nothing from outside (no scripts, fonts or images) and
 * escapes every piece of plan text, so a title holding `<script>` prints as
 * text. The same plan and options always give the same bytes.
 * @param plan - The plan.
 * @param options - Language, layout rule set, motto.
 * @returns The HTML document.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const html = renderHtml(plan985KhHndt);
 * html.includes('@page { size: A4; margin: 20mm 15mm 20mm 30mm;'); // => true
 * html.includes('@top-center { content: counter(page);'); // => true
 * ```
 * @see {@link renderMarkdown}, {@link renderText}, {@link LAYOUT_RULES}
 * @category Rendering
 */
export function renderHtml(plan: ReadonlyPlan, options: RenderPlanOptions = {}): string {
  // Read only: renderHtml never changes what it is given (the fuzz tests check it).
  return renderHtmlOf(plan as Plan, options);
}

function renderHtmlOf(plan: Plan, options: RenderPlanOptions = {}): string {
  return writeHtml(layoutPlan(plan, options));
}
