import type { Plan, ReadonlyPlan } from '@rollout/core';
import { escapeMarkdown as md } from './escape.js';
import type { PlanLayout, RenderPlanOptions, TableBlock, TextRun } from './layout.js';
import { layoutPlan } from './layout.js';
import type { TextStyle } from './layout-rules.js';

function emphasise(text: string, style: Pick<TextStyle, 'bold' | 'italic'>): string {
  if (text === '') return '';
  const mark = style.bold && style.italic ? '***' : style.bold ? '**' : style.italic ? '*' : '';
  return `${mark}${md(text)}${mark}`;
}

function runs(list: readonly TextRun[]): string {
  return list
    .map((r) => {
      const lead = r.text.match(/^\s*/)?.[0] ?? '';
      const trail = r.text.match(/\s*$/)?.[0] ?? '';
      const core = r.text.trim();
      return `${lead}${emphasise(core, r)}${core === '' ? '' : trail}`;
    })
    .join('');
}

/** A GFM table, every cell escaped. */
function markdownTable(table: TableBlock): string {
  const row = (cells: readonly string[], bold: boolean) =>
    `| ${cells.map((c) => (bold && c !== '' ? `**${md(c)}**` : md(c))).join(' | ')} |`;
  const bold = new Set(table.boldRows ?? []);
  return [
    row(table.columns, false),
    `|${table.align.map((a) => (a === 'left' ? ':---' : ':---:')).join('|')}|`,
    ...table.rows.map((r, i) => row(r, bold.has(i))),
  ].join('\n');
}

/** Writes a laid-out plan as Markdown. */
export function writeMarkdown(layout: PlanLayout): string {
  const { header, rules } = layout;
  const s = rules.styles;
  const left =
    header.issuer === ''
      ? ' '
      : [
          ...(header.parent === undefined ? [] : [emphasise(header.parent, s.issuerParent)]),
          emphasise(header.issuer, s.issuer),
          header.mark === 'star' ? '\\*' : '———',
        ].join('<br>');
  const right = header.mottoLines
    .map((line, i) =>
      emphasise(
        line,
        i === 0 ? (header.motto === 'party' ? s.partyMotto : s.stateMotto) : s.stateTagline,
      ),
    )
    .join('<br>');
  // GFM needs a header row: an empty one, so that the issuer's row is not printed bold.
  const out: string[] = [
    '| | |',
    '|:---:|:---:|',
    `| ${left} | ${right} |`,
    `| ${md(header.reference)} | ${emphasise(header.placeDate, s.placeDate)} |`,
    '',
    `# ${md(layout.kind)}`,
    '',
    emphasise(layout.title, s.title),
    '',
  ];
  for (const block of layout.body) {
    if (block.type === 'heading') out.push(`## ${md(block.text)}`);
    else if (block.type === 'subheading') out.push(`### ${md(block.text)}`);
    else if (block.type === 'minor-heading') out.push(`#### ${md(block.marker)} ${md(block.text)}`);
    else if (block.type === 'table') out.push(markdownTable(block));
    else if (block.marker === '-') out.push(`- ${runs(block.runs)}`);
    else if (block.marker !== undefined && /^\d+\.$/.test(block.marker))
      out.push(`${block.marker} ${runs(block.runs)}`);
    else if (block.marker !== undefined) out.push(`${md(block.marker)} ${runs(block.runs)}`);
    else out.push(runs(block.runs));
    out.push('');
  }
  if (layout.recipients || layout.signature) {
    const rec = layout.recipients
      ? [
          emphasise(layout.recipients.label, s.recipientsLabel),
          ...layout.recipients.lines.map((l) =>
            l.startsWith('- ') ? `- ${md(l.slice(2))}` : md(l),
          ),
        ].join('<br>')
      : ' ';
    const sig = layout.signature;
    const sign = sig
      ? [
          ...(sig.authority === undefined ? [] : [emphasise(sig.authority, s.signatureTitle)]),
          emphasise(sig.title, s.signatureTitle),
          '',
          '',
          sig.name === undefined ? '' : emphasise(sig.name, s.signatureName),
        ].join('<br>')
      : ' ';
    out.push('| | |', '|:---|:---:|', `| ${rec} | ${sign} |`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Renders a plan as Markdown (CommonMark with a GFM table for the two-column
 * header and for the recipients beside the signature).
 *
 * @remarks Every piece of plan text is escaped, so a title holding `<script>`,
 * `*`, `_`, `#`, `[`, backticks or a leading `-` / `1.` renders as those
 * characters and never as markup. Sections are `##` headings, numbered parts
 * `###`, lettered sessions `####`; items keep the plan's `-` and `1.`
 * markers. The header and the closing are GFM tables with an empty header
 * row (so that nothing in them turns bold); Markdown has no pages, page
 * numbers or drawn rules under the summary line. The same plan and options
 * always give the same text.
 * @param plan - The plan.
 * @param options - Language, layout rule set, motto.
 * @returns The Markdown, ending with a newline.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const md = renderMarkdown(plan985KhHndt);
 * md.includes('# KẾ HOẠCH'); // => true
 * ```
 * @see {@link renderHtml}, {@link renderText}
 * @category Rendering
 */
export function renderMarkdown(plan: ReadonlyPlan, options: RenderPlanOptions = {}): string {
  // Read only: renderMarkdown never changes what it is given (the fuzz tests check it).
  return renderMarkdownOf(plan as Plan, options);
}

function renderMarkdownOf(plan: Plan, options: RenderPlanOptions = {}): string {
  return writeMarkdown(layoutPlan(plan, options));
}
