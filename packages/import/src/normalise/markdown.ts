/**
 * Normalise: Markdown markup blanked out, keeping every offset — so that a plan
 * rendered to Markdown (by `@rollout/document` or any editor) reads like its
 * plain text. Applied only to text that looks like Markdown (a `#` heading or
 * a `| … |` table row on a line of its own).
 *
 * @remarks Same length in, same length out: `# ` heading marks, `**`/`*`
 * emphasis and the backslash of an escape (`1\.`) become spaces; a table row
 * `| a | b |` becomes its cells with runs of three spaces between them (the
 * two-column layout the header and signature readers know); a table's rule
 * row becomes blank; `<br>` becomes a line break.
 */

const LOOKS_LIKE = /^#{1,6} \S|^\|.*\|[ \t]*$/m;

/** Blanks the Markdown markup of a text that looks like Markdown; other text is returned as is. */
export function blankMarkdown(text: string): string {
  if (!LOOKS_LIKE.test(text)) return text;
  const out: string[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    out.push(blankLine(text.slice(pos, nl)));
    if (nl < text.length) out.push('\n');
    pos = nl + 1;
  }
  return out.join('');
}

function blankLine(line: string): string {
  if (/^\|[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|[ \t]*$/.test(line))
    return ' '.repeat(line.length);
  let s = line.replace(/^#{1,6} /, (m) => ' '.repeat(m.length));
  if (/^\|.*\|[ \t]*$/.test(s)) {
    // Cells apart by three spaces at least: `| a | b |` → `  a   b  `.
    s = s
      .replace(/^\| ?/, (m) => ' '.repeat(m.length))
      .replace(/ ?\|[ \t]*$/, (m) => ' '.repeat(m.length));
    s = s.replace(/ ?\| ?/g, (m) => (m.length >= 3 ? '   ' : m.length === 2 ? '  ' : ' '));
  }
  s = s.replace(/<br\s?\/?>/gi, (m) => `\n${' '.repeat(m.length - 1)}`);
  s = s.replace(/\*\*|__/g, '  ');
  s = s.replace(/(^|[\s(“"])\*(?=\S)|(?<=\S)\*(?=$|[\s).,;:”"])/g, (m) => m.replace('*', ' '));
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, ' $1');
  return s;
}
