/**
 * Strict UTF-8 decoding: the runtime's `TextDecoder` with `fatal: true`
 * (never a U+FFFD in place of bad bytes), and the offset of the first bad
 * byte when it refuses.
 * @internal
 */

interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type TextDecoderCtor = new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

/**
 * A fatal UTF-8 decoder that keeps a byte order mark in the text (callers
 * skip it where the format allows one, so a BOM is skipped once, not at the
 * start of every decoded piece).
 * @internal
 */
export function fatalUtf8Decoder(): TextDecoderLike {
  const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;
  return new Decoder('utf-8', { fatal: true, ignoreBOM: true });
}

/**
 * The offset of the first byte of the first ill-formed sequence in
 * `bytes[from, to)`, or `-1` when the bytes are well-formed UTF-8 (the rules
 * of the WHATWG decoder: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no sequence cut short by the end).
 * @internal
 */
export function invalidUtf8At(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let i = from;
  while (i < to) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= to) return i;
    const second = bytes[i + 1] as number;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The line (from 1) of a byte offset: one more than the `\n` bytes before it. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let k = bytes.indexOf(10); k >= 0 && k < offset; k = bytes.indexOf(10, k + 1)) line++;
  return line;
}
