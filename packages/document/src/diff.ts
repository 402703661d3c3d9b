import type { FormatLang, PlanChange, PlanDiff, PlanSummary } from '@rollout/core';
import { cleanText, formatShortDate } from '@rollout/core';
import { escapeHtml, escapeMarkdown } from './escape.js';

/**
 * Options of {@link renderDiffMarkdown} and {@link renderDiffHtml}.
 *
 * @category Rendering
 */
export interface RenderDiffOptions {
  /** `vi` (default) or `en`. */
  readonly lang?: FormatLang;
  /** HTML only: a whole page (`<!DOCTYPE html>` with print styles) instead of a `<section>`. */
  readonly standalone?: boolean;
}

const VI = {
  title: 'So sánh hai bản kế hoạch',
  before: 'Bản trước',
  after: 'Bản sau',
  changes: (n: number) => `Những điểm thay đổi (${n})`,
  none: 'Hai bản không khác nhau.',
  what: 'Nội dung',
  change: 'Thay đổi',
  reference: 'Số, ký hiệu',
  issuer: 'Cơ quan ban hành',
  undated: 'chưa ghi ngày',
  added: 'Thêm',
  removed: 'Bỏ',
  changed: (field: string) => `Sửa ${field}`,
  moved: (days: number | null) =>
    days === null || days === 0
      ? 'Dời thời hạn'
      : `Dời thời hạn (${days > 0 ? 'muộn' : 'sớm'} hơn ${Math.abs(days)} ngày)`,
};

const EN: typeof VI = {
  title: 'Two versions of a plan compared',
  before: 'Before',
  after: 'After',
  changes: (n) => `Changes (${n})`,
  none: 'The two versions do not differ.',
  what: 'Item',
  change: 'Change',
  reference: 'Number and symbol',
  issuer: 'Issuer',
  undated: 'undated',
  added: 'Added',
  removed: 'Removed',
  changed: (field) => `Changed ${field}`,
  moved: (days) =>
    days === null || days === 0
      ? 'Deadline moved'
      : `Deadline moved (${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'})`,
};

interface Row {
  readonly what: string;
  readonly change: string;
  readonly before: string;
  readonly after: string;
}

function rows(diff: PlanDiff, lang: FormatLang): Row[] {
  const L = lang === 'en' ? EN : VI;
  const kind = (c: PlanChange): string => {
    switch (c.kind) {
      case 'added':
        return L.added;
      case 'removed':
        return L.removed;
      case 'changed':
        return L.changed(c.fieldLabel[lang]);
      case 'deadline-moved':
        return L.moved(c.days);
    }
  };
  return diff.changes.map((c) => ({
    what: c.label[lang],
    change: kind(c),
    before: c.before?.[lang] ?? '—',
    after: c.after?.[lang] ?? '—',
  }));
}

function versionName(s: PlanSummary | null, lang: FormatLang): string {
  if (s === null) return '—';
  const L = lang === 'en' ? EN : VI;
  return `${s.reference} (${s.date === null ? L.undated : formatShortDate(s.date, lang)})`;
}

/** Plan text for one table cell: cleaned (controls out, NFC), line breaks as spaces. */
const flat = (text: string): string => cleanText(text, { newlines: 'space' }).replace(/\s+/g, ' ');
/** One line of a Markdown table cell, escaped. */
const cell = (text: string): string => escapeMarkdown(flat(text));

/**
 * Writes the changes between two versions of a plan (`diffPlans` of `@rollout/core`) as
 * Markdown: the two versions, then one table row per change with the value
 * before and after, side by side.
 *
 * @remarks Every cell is escaped (a `|` or `*` in a plan's text stays that
 * character). The order is the diff's: the plan's own order of parts.
 * @param diff - The result of `diffPlans(original, amended)`.
 * @param options - `lang`: `vi` (default) or `en`.
 * @returns The Markdown text, ending with a line break.
 * @example
 * ```ts
 * import { clonePlan, diffPlans, plan985KhHndt } from '@rollout/core';
 * const amended = clonePlan(plan985KhHndt);
 * amended.recipients.pop();
 * const md = renderDiffMarkdown(diffPlans(plan985KhHndt, amended));
 * md.split('\n')[0]; // => '# So sánh hai bản kế hoạch'
 * md.includes('| 1 | VP - TG | Bỏ | VP - TG (Lưu) | — |'); // => true
 * ```
 * @category Rendering
 */
export function renderDiffMarkdown(diff: PlanDiff, options: RenderDiffOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const L = lang === 'en' ? EN : VI;
  const out = [
    `# ${L.title}`,
    '',
    `| | ${cell(L.before)} | ${cell(L.after)} |`,
    '|---|---|---|',
    `| ${cell(L.reference)} | ${cell(versionName(diff.a, lang))} | ${cell(versionName(diff.b, lang))} |`,
    `| ${cell(L.issuer)} | ${cell(diff.a?.issuer ?? '—')} | ${cell(diff.b?.issuer ?? '—')} |`,
    '',
    `## ${L.changes(diff.changes.length)}`,
    '',
  ];
  const list = rows(diff, lang);
  if (list.length === 0) out.push(L.none);
  else {
    out.push(`| # | ${L.what} | ${L.change} | ${cell(L.before)} | ${cell(L.after)} |`);
    out.push('|---:|---|---|---|---|');
    list.forEach((r, i) => {
      out.push(
        `| ${i + 1} | ${cell(r.what)} | ${cell(r.change)} | ${cell(r.before)} | ${cell(r.after)} |`,
      );
    });
  }
  return `${out.join('\n')}\n`;
}

const STYLE = `body{font-family:"Times New Roman",Times,serif;font-size:13pt;margin:2cm}
.rollout-diff table{border-collapse:collapse;width:100%;margin:0 0 1em}
.rollout-diff th,.rollout-diff td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}
.rollout-diff td.before{background:#fdecea}.rollout-diff td.after{background:#e8f5e9}
@media print{.rollout-diff td.before,.rollout-diff td.after{background:none}}`;

/**
 * Writes the changes between two versions of a plan (`diffPlans` of `@rollout/core`) as
 * HTML: a table of the two versions and one row per change, the value before
 * and after side by side (cells of class `before` and `after`).
 *
 * @remarks A `<section class="rollout-diff">` to embed in a page, or with
 * `standalone` a whole page with its own styles (print-ready). All text is
 * escaped.
 * @param diff - The result of `diffPlans(original, amended)`.
 * @param options - `lang` and `standalone`.
 * @returns The HTML text.
 * @example
 * ```ts
 * import { clonePlan, diffPlans, plan985KhHndt } from '@rollout/core';
 * const amended = clonePlan(plan985KhHndt);
 * amended.sessions[1]!.deadline = { kind: 'by', date: '2020-09-30' };
 * const html = renderDiffHtml(diffPlans(plan985KhHndt, amended));
 * html.startsWith('<section class="rollout-diff" lang="vi">'); // => true
 * html.includes('<td class="after">hoàn thành trước ngày 30/9/2020</td>'); // => true
 * ```
 * @category Rendering
 */
export function renderDiffHtml(diff: PlanDiff, options: RenderDiffOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const L = lang === 'en' ? EN : VI;
  const h = (text: string): string => escapeHtml(flat(text));
  const list = rows(diff, lang);
  const parts = [
    `<section class="rollout-diff" lang="${lang}">`,
    `<h1>${h(L.title)}</h1>`,
    '<table class="versions">',
    `<thead><tr><th></th><th>${h(L.before)}</th><th>${h(L.after)}</th></tr></thead>`,
    '<tbody>',
    `<tr><th>${h(L.reference)}</th><td>${h(versionName(diff.a, lang))}</td><td>${h(versionName(diff.b, lang))}</td></tr>`,
    `<tr><th>${h(L.issuer)}</th><td>${h(diff.a?.issuer ?? '—')}</td><td>${h(diff.b?.issuer ?? '—')}</td></tr>`,
    '</tbody>',
    '</table>',
    `<h2>${h(L.changes(list.length))}</h2>`,
  ];
  if (list.length === 0) parts.push(`<p>${h(L.none)}</p>`);
  else {
    parts.push(
      '<table class="changes">',
      `<thead><tr><th>#</th><th>${h(L.what)}</th><th>${h(L.change)}</th><th>${h(L.before)}</th><th>${h(L.after)}</th></tr></thead>`,
      '<tbody>',
      ...list.map(
        (r, i) =>
          `<tr><td>${i + 1}</td><td>${h(r.what)}</td><td>${h(r.change)}</td><td class="before">${h(r.before)}</td><td class="after">${h(r.after)}</td></tr>`,
      ),
      '</tbody>',
      '</table>',
    );
  }
  parts.push('</section>');
  const section = `${parts.join('\n')}\n`;
  if (!options.standalone) return section;
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${h(L.title)}</title>\n<style>\n${STYLE}\n</style>\n</head>\n<body>\n${section}</body>\n</html>\n`;
}
