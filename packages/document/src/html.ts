import type { Plan } from '@rollout/core';
import { escapeHtml as h } from './escape.js';
import type { PlanLayout, RenderPlanOptions, TextRun } from './layout.js';
import { layoutPlan } from './layout.js';
import type { LayoutRules, TextStyle } from './layout-rules.js';

function css(style: TextStyle): string {
  return [
    `font-size: ${style.sizePt}pt`,
    `font-weight: ${style.bold ? 'bold' : 'normal'}`,
    `font-style: ${style.italic ? 'italic' : 'normal'}`,
    ...(style.underline ? ['text-decoration: underline'] : []),
  ].join('; ');
}

function styleSheet(rules: LayoutRules): string {
  const { marginMm: m, widthMm } = rules.page;
  const s = rules.styles;
  const textWidth = widthMm - m.left - m.right;
  const family = `"${rules.fontFamily}", "Times New Roman", Times, serif`;
  return `@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0; font-family: ${family}; font-size: ${s.body.sizePt}pt; line-height: ${rules.lineSpacing}; }
.page { width: ${textWidth}mm; margin: 0 auto; }
@media screen { body { background: #e5e5e5; } .page { background: #fff; box-sizing: content-box; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; margin: 1rem auto; min-height: ${rules.page.heightMm - m.top - m.bottom}mm; } }
table.header, table.closing { width: 100%; border-collapse: collapse; }
table.header td, table.closing td { vertical-align: top; padding: 0; text-align: center; }
table.header td.left { width: 43%; }
table.closing td.recipients { width: 50%; text-align: left; }
.issuer-parent { ${css(s.issuerParent)}; }
.issuer { ${css(s.issuer)}; }
.mark { margin: 0; }
.rule { display: block; width: 35%; margin: 2pt auto 0; border-top: 1px solid #000; }
.motto-party { ${css(s.partyMotto)}; }
.motto-state { ${css(s.stateMotto)}; }
.motto-tagline { ${css(s.stateTagline)}; }
.reference { ${css(s.reference)}; padding-top: 6pt; }
.place-date { ${css(s.placeDate)}; padding-top: 6pt; white-space: pre-wrap; }
h1.kind { ${css(s.kind)}; text-align: center; margin: 18pt 0 0; }
p.title { ${css(s.title)}; text-align: center; margin: 0 0 12pt; }
h2 { ${css(s.heading)}; margin: ${rules.paragraphSpacingPt}pt 0; text-indent: ${rules.firstLineIndentMm}mm; }
h3 { ${css(s.subheading)}; margin: ${rules.paragraphSpacingPt}pt 0; text-indent: ${rules.firstLineIndentMm}mm; }
p.body { ${css(s.body)}; text-align: justify; text-indent: ${rules.firstLineIndentMm}mm; margin: 0 0 ${rules.paragraphSpacingPt}pt; }
.recipients-label { ${css(s.recipientsLabel)}; }
.recipients p { ${css(s.recipients)}; margin: 0; }
.signature-title { ${css(s.signatureTitle)}; margin: 0; }
.signature-space { height: 28mm; }
.signature-name { ${css(s.signatureName)}; margin: 0; }
table.closing { margin-top: 12pt; page-break-inside: avoid; break-inside: avoid; }`;
}

function runs(list: readonly TextRun[]): string {
  return list
    .map((r) => {
      let t = h(r.text);
      if (r.italic) t = `<em>${t}</em>`;
      if (r.bold) t = `<strong>${t}</strong>`;
      return t;
    })
    .join('');
}

/** Writes a laid-out plan as a standalone HTML page. */
export function writeHtml(layout: PlanLayout): string {
  const { header } = layout;
  const lines: string[] = [];
  const left =
    header.issuer === ''
      ? ''
      : [
          ...(header.parent === undefined
            ? []
            : [`<div class="issuer-parent">${h(header.parent)}</div>`]),
          `<div class="issuer">${h(header.issuer)}</div>`,
          header.mark === 'star' ? '<div class="mark">*</div>' : '<span class="rule"></span>',
        ].join('');
  const right =
    header.motto === 'party'
      ? `<div class="motto-party">${h(header.mottoLines[0] ?? '')}</div>`
      : `<div class="motto-state">${h(header.mottoLines[0] ?? '')}</div><div class="motto-tagline">${h(header.mottoLines[1] ?? '')}</div>`;
  lines.push(
    '<table class="header">',
    `<tr><td class="left">${left}</td><td class="right">${right}</td></tr>`,
    `<tr><td class="left reference">${h(header.reference)}</td><td class="right place-date">${h(header.placeDate)}</td></tr>`,
    '</table>',
    `<h1 class="kind">${h(layout.kind)}</h1>`,
    `<p class="title">${h(layout.title)}</p>`,
  );
  for (const block of layout.body) {
    if (block.type === 'heading') lines.push(`<h2>${h(block.text)}</h2>`);
    else if (block.type === 'subheading') lines.push(`<h3>${h(block.text)}</h3>`);
    else {
      const marker = block.marker === undefined ? '' : `${h(block.marker)} `;
      lines.push(`<p class="body">${marker}${runs(block.runs)}</p>`);
    }
  }
  if (layout.recipients || layout.signature) {
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
      '<table class="closing">',
      `<tr><td class="recipients">${rec}</td><td class="signature">${sign}</td></tr>`,
      '</table>',
    );
  }
  const title = `${layout.kind} ${header.reference}`.trim();
  return `<!DOCTYPE html>
<html lang="${layout.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@rollout/document (${h(layout.rules.name)})">
<title>${h(title)}</title>
<style>
${styleSheet(layout.rules)}
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
 * with the rule set's margins, Times New Roman and the rule set's sizes, the
 * two-column header as a table, and the recipients beside the signature.
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
 * html.includes('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }'); // => true
 * ```
 * @see {@link renderMarkdown}, {@link renderText}, {@link LAYOUT_RULES}
 * @category Rendering
 */
export function renderHtml(plan: Plan, options: RenderPlanOptions = {}): string {
  return writeHtml(layoutPlan(plan, options));
}
