// Tables of the HTML writer (internal), for the progress report only.
import type { HtmlTables } from './html.js';
import { css } from './html.js';

/** The tables of a progress report: ruled, the header row repeated on each printed page. */
export const HTML_TABLES: HtmlTables = {
  css: ({
    rules,
  }) => `table.data { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: ${rules.paragraphSpacingPt}pt; }
table.data th, table.data td { ${css(rules.styles.table, rules)}; border: 0.5pt solid #000; padding: 0 2pt; vertical-align: middle; text-align: center; }
table.data th, table.data tr.total td { font-weight: bold; }
table.data td.left { text-align: left; }
table.data tr { break-inside: avoid; }`,
  write: (table, _layout, text) => {
    const bold = new Set(table.boldRows ?? []);
    const cls = (i: number) => (table.align[i] === 'left' ? ' class="left"' : '');
    return [
      '<table class="data">',
      `<colgroup>${table.widths.map((w) => `<col style="width: ${Math.round(w * 1000) / 10}%">`).join('')}</colgroup>`,
      `<thead><tr>${table.columns.map((c) => `<th>${text(c)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...table.rows.map(
        (r, i) =>
          `<tr${bold.has(i) ? ' class="total"' : ''}>${r.map((c, j) => `<td${cls(j)}>${text(c)}</td>`).join('')}</tr>`,
      ),
      '</tbody>',
      '</table>',
    ].join('\n');
  },
};
