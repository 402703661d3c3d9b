import type { Plan, ReadonlyPlan } from '@rollout/core';
import type { PlanBlock, PlanLayout, RenderPlanOptions, TableBlock } from './layout.js';
import { layoutPlan } from './layout.js';

const WIDTH = 84;
const LEFT = 40;

const len = (s: string) => [...s].length;
const center = (s: string, width: number) => {
  const pad = Math.max(0, Math.floor((width - len(s)) / 2));
  return `${' '.repeat(pad)}${s}`;
};
const padEnd = (s: string, width: number) => `${s}${' '.repeat(Math.max(0, width - len(s)))}`;

/** A drawn rule of `share` of a line of text, at least three hyphens. */
const ruleUnder = (text: string, share: number) =>
  '-'.repeat(Math.max(3, Math.round(Math.min(len(text), WIDTH) * share)));

/** Two columns side by side; the left one centred in `LEFT` columns when `centred`. */
function columns(
  left: readonly string[],
  right: readonly string[],
  leftWidth: number,
  centred: boolean,
  rightWidth = WIDTH - leftWidth,
) {
  const rows: string[] = [];
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    const lc = centred ? center(l, leftWidth) : l;
    rows.push(r === '' ? lc : `${padEnd(lc, leftWidth)}${center(r, rightWidth)}`);
  }
  return rows.map((row) => row.trimEnd());
}

/** A table drawn with `|` and `-`, each column as wide as its widest cell. */
export function textTable(table: TableBlock): string {
  const all = [table.columns, ...table.rows];
  const widths = table.columns.map((_, i) => Math.max(...all.map((r) => len(r[i] ?? ''))));
  const line = (r: readonly string[]) =>
    `| ${widths
      .map((w, i) => {
        const cell = r[i] ?? '';
        return table.align[i] === 'left' ? padEnd(cell, w) : padEnd(center(cell, w), w);
      })
      .join(' | ')} |`;
  const rule = `|-${widths.map((w) => '-'.repeat(w)).join('-|-')}-|`;
  return [line(table.columns), rule, ...table.rows.map(line)].join('\n');
}

function blockText(block: PlanBlock): string {
  if (block.type === 'table') return textTable(block);
  if (block.type === 'minor-heading') return `${block.marker} ${block.text}`;
  if (block.type !== 'paragraph') return block.text;
  const text = block.runs.map((r) => r.text).join('');
  return block.marker === undefined ? text : `${block.marker} ${text}`;
}

/** Writes a laid-out plan as plain text. */
export function writeText(layout: PlanLayout): string {
  const { header, rules } = layout;
  const left =
    header.issuer === ''
      ? []
      : [
          ...(header.parent === undefined ? [] : [header.parent]),
          header.issuer,
          header.mark === 'star' ? '*' : ruleUnder(header.issuer, rules.ruleShare),
        ];
  const right = [...header.mottoLines];
  const out: string[] = [...columns(left, right, LEFT, true), ''];
  out.push(...columns([header.reference], [header.placeDate], LEFT, true), '');
  out.push(center(layout.kind, WIDTH));
  out.push(len(layout.title) <= WIDTH ? center(layout.title, WIDTH) : layout.title);
  if (rules.titleRule !== 'none')
    out.push(
      center(
        rules.titleRule === 'dashes' ? '-----' : ruleUnder(layout.title, rules.ruleShare),
        WIDTH,
      ),
    );
  out.push('');
  for (const block of layout.body) out.push(blockText(block), '');
  const closingLeft = layout.recipients
    ? [layout.recipients.label, ...layout.recipients.lines]
    : [];
  const sig = layout.signature;
  const closingRight = sig
    ? [
        ...(sig.authority === undefined ? [] : [sig.authority]),
        sig.title,
        ...Array.from({ length: rules.signatureSpaceLines - 1 }, () => ''),
        sig.name ?? '',
      ]
    : [];
  const leftWidth = Math.max(LEFT, ...closingLeft.map((l) => len(l) + 3));
  if (leftWidth <= 64) {
    out.push(
      ...columns(closingLeft, closingRight, leftWidth, false, Math.max(WIDTH - leftWidth, 30)),
    );
  } else {
    out.push(...closingLeft, '', ...columns([], closingRight, WIDTH - 40, false, 40));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/**
 * Renders a plan as plain text: the official layout drawn with spaces, for
 * terminals, e-mail and the importer's round trip.
 *
 * @remarks The two-column header and the recipients beside the signature are
 * drawn with spaces (84 columns); rules are drawn with hyphens (five under the
 * summary line of a Party document); every paragraph is one line, so a reader
 * can take the text back line by line (dates and durations in the grammar of
 * `formatDateRule` of `@rollout/core`). A draft prints its blank number and
 * date as no-break spaces (*Số      -KH/TU*, *ngày    tháng    năm*). The
 * same plan and options always give the same text.
 * @param plan - The plan.
 * @param options - Language, layout rule set, motto.
 * @returns The text, ending with a newline.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const text = renderText(plan985KhHndt);
 * text.includes('Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.'); // => true
 * ```
 * @see {@link layoutPlan}, {@link renderMarkdown}, {@link renderHtml}
 * @category Rendering
 */
export function renderText(plan: ReadonlyPlan, options: RenderPlanOptions = {}): string {
  // Read only: renderText never changes what it is given (the fuzz tests check it).
  return renderTextOf(plan as Plan, options);
}

function renderTextOf(plan: Plan, options: RenderPlanOptions = {}): string {
  return writeText(layoutPlan(plan, options));
}
