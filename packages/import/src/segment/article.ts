/**
 * Segment: the furniture of a stored news page — its `Nguồn:` address line,
 * its date line (*04/01/2024 09:35*) and its headline — found among its first
 * lines and marked read, so that none of them is taken for a session.
 */
import { findAddressDate, findPostDate } from '../recognise/post-date.js';
import { clean, type Line, type Span } from './lines.js';
import type { Reader } from './reader.js';

/** What the first lines of an article say about it. */
export interface ArticleMeta {
  readonly address: { readonly url: string; readonly span: Span } | undefined;
  readonly addressDate: { readonly year: number; readonly month: number } | undefined;
  readonly post: { readonly iso: string; readonly span: Span } | undefined;
  readonly headline: { readonly text: string; readonly span: Span } | undefined;
}

/** Reads the address, date line and headline of an article. */
export function readArticleMeta(r: Reader, lines: readonly Line[]): ArticleMeta {
  let address: ArticleMeta['address'];
  const first = lines[0];
  if (first) {
    const m = /^(?:nguon|source)\s*:\s*(\S+)/.exec(r.fold(first));
    if (m) {
      const at = first.start + m[0].length - m[1]!.length;
      address = { url: r.nfc.slice(at, at + m[1]!.length), span: first };
      r.mark(first);
    }
  }
  const rest = lines.slice(address ? 1 : 0);
  const top = rest.slice(0, 10);
  const found = findPostDate(
    rest.slice(0, 400).map((l) => ({ start: l.start, folded: r.fold(l) })),
  );
  let post: ArticleMeta['post'];
  if (found) {
    const line = rest.find((l) => l.start === found.start)!;
    post = { iso: found.value, span: line };
    r.mark(line);
  }
  let headline: ArticleMeta['headline'];
  for (const line of top) {
    if (r.isRead(line) || line.cells.length > 1) continue;
    // A lede (*Sáng 30/3, …*) or the text's only line is no headline.
    if (line === lines[lines.length - 1]) break;
    if (
      /^(?:\(?[a-z]{2,5}\)?\s*-\s*)?(?:sang|chieu|toi|trua|ngay|hom nay|vua qua|\d)/.test(
        r.fold(line),
      )
    )
      break;
    const t = clean(r.text(line));
    const words = t.split(' ').length;
    if (words <= 4 || /:$/.test(t)) continue;
    if (words > 60 || (/[.…]$/.test(t) && words > 25)) break;
    headline = { text: t.replace(/[.:]$/, ''), span: line };
    // Its own paragraph: never joined to the lede that follows it.
    r.mark(line);
    break;
  }
  return {
    address,
    addressDate: address ? findAddressDate(address.url) : undefined,
    post,
    headline,
  };
}
