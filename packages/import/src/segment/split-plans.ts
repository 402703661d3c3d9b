/**
 * Segment: a text into the stretches that each hold one plan — one per stored
 * page (`Nguồn:` line), then one per document header (a motto line, an
 * upper-case *KẾ HOẠCH* title after text) or, in an article, one per issuing
 * body whose plan a paragraph names.
 */
import type { Line } from './lines.js';
import type { Reader } from './reader.js';

const MOTTO = /cong hoa xa hoi chu nghia viet nam|^dang cong san viet nam$/;

/**
 * Splits the lines into one run per plan: at each document header (a motto
 * line or an upper-case *KẾ HOẠCH* title that follows text), or, in an
 * article, at each paragraph naming another issuing body's plan.
 */
export function splitPlans(reader: Reader): Line[][] {
  // Each stored page (it opens with its `Nguồn:` address) is read on its own.
  const pages: Line[][] = [];
  for (const line of reader.lines) {
    const page = pages[pages.length - 1];
    if (!page || (SOURCE.test(reader.fold(line)) && page.length > 0)) pages.push([line]);
    else page.push(line);
  }
  return pages.flatMap((page) => splitPage(reader, page));
}

const SOURCE = /^(?:nguon|source)\s*:\s*\S/;

/** Splits one page at its document headers, or an article at the issuing bodies it names. */
function splitPage(reader: Reader, lines: readonly Line[]): Line[][] {
  const starts: number[] = [];
  let lastTitle = -100;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cells = line.cells.map((c) => reader.fold(c).trim());
    if (cells.some((c) => MOTTO.test(c))) {
      // The header block starts at this line (the issuer sits on it, or just above).
      const s =
        i > 0 &&
        lines[i - 1]!.cells.length === 1 &&
        isUpperLine(reader, lines[i - 1]!) &&
        !starts.includes(i - 1)
          ? i - 1
          : i;
      if (starts.length === 0 || s - starts[starts.length - 1]! > 3) starts.push(s);
      continue;
    }
    if (/^ke hoach$/.test(cells[0] ?? '') && isUpperLine(reader, line)) {
      const near = starts.length > 0 && i - starts[starts.length - 1]! <= 12;
      if (!near && i - lastTitle > 3) starts.push(i);
      lastTitle = i;
    }
  }
  if (starts.length > 0) {
    if (starts[0] !== 0) starts[0] = 0;
    return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length));
  }
  // An article: a new plan where a paragraph names another place's issuing body.
  const out: Line[][] = [];
  let current: Line[] = [];
  let place: string | undefined;
  const ISSUER =
    /\b(?:tinh uy|thanh uy|huyen uy|hoi nong dan tinh|ubnd tinh|uy ban nhan dan tinh|tinh doan)\s+/g;
  for (const line of lines) {
    const f = reader.fold(line);
    let named: string | undefined;
    if (/\bke hoach\b|\bhoan thanh truoc\b|\bban hanh\b/.test(f)) {
      ISSUER.lastIndex = 0;
      for (let m = ISSUER.exec(f); m !== null; m = ISSUER.exec(f)) {
        const s = line.start + m.index + m[0].length;
        const w = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}/u.exec(
          reader.nfc.slice(s, s + 60),
        );
        if (w) {
          named = reader.fold({ start: s, end: s + w[0].length });
          break;
        }
      }
    }
    if (named !== undefined && place !== undefined && named !== place && current.length > 0) {
      out.push(current);
      current = [];
    }
    if (named !== undefined) place = named;
    current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function isUpperLine(reader: Reader, line: Line): boolean {
  const t = reader.text(line).replace(/[^\p{L}]/gu, '');
  return t.length >= 4 && t === t.toUpperCase();
}
