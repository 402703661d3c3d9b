/**
 * Recognise: mentions of resolutions (*Nghị quyết số 58-NQ/TW*, *58 NQ/TW*,
 * *58 –NQ/TW*, *Chỉ thị số 05-CT/TW*, *Kết luận*, *Quy định*, *Nghị quyết số
 * 27* with no symbol), in the title first, then the body.
 */
import type { ResolutionKind } from '@rollout/core';
import type { Span } from '../segment/lines.js';
import type { Reader } from '../segment/reader.js';

/** One mention: its kind, number, and the symbol's parts when written. */
export interface Mention {
  kind: ResolutionKind;
  number: number;
  digits: string;
  type: string | undefined;
  issuerAbbr: string | undefined;
  span: Span;
  inTitle: boolean;
}

/** Every mention in the title, then in the body. */
export function findMentions(r: Reader, titleSpan: Span | undefined, bodySpan: Span): Mention[] {
  const scan: Span[] = [];
  if (titleSpan) scan.push(titleSpan);
  scan.push(bodySpan);
  const mentions: Mention[] = [];
  const re =
    /\b(nghi quyet|chi thi|ket luan|quy dinh)\s+(?:so\s*)?(\d{1,4})(?![\d/])(?:\s*-?\s*(nq|ct|kl|qd)\s*\/\s*([a-z]{1,6}))?/g;
  for (const s of scan) {
    const f = r.fold(s);
    re.lastIndex = 0;
    for (let m = re.exec(f); m !== null; m = re.exec(f)) {
      const kind: ResolutionKind =
        m[1] === 'chi thi'
          ? 'directive'
          : m[1] === 'ket luan'
            ? 'conclusion'
            : m[1] === 'quy dinh'
              ? 'regulation'
              : 'resolution';
      const start = s.start + m.index;
      const end = start + m[0].length;
      const typeRaw = m[3]
        ? r.nfc.slice(
            start + m[0].length - m[0].slice(m[0].search(/(nq|ct|kl|qd)\s*\/\s*[a-z]+$/)).length,
            end,
          )
        : undefined;
      const typeIssuer = typeRaw?.split('/').map((x) => x.trim().toUpperCase());
      mentions.push({
        kind,
        number: Number(m[2]),
        digits: m[2]!,
        type: typeIssuer?.[0],
        issuerAbbr: typeIssuer?.[1],
        span: { start, end },
        inTitle: titleSpan !== undefined && s === titleSpan,
      });
    }
  }
  return mentions;
}
