// cleanText: the one text-cleaning step of every renderer. Each class of character it
// removes is checked one by one, and a property test over all of Unicode checks that
// nothing it returns is a character an XML 1.0 or HTML parser rejects.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/index.js';

/** Code points XML 1.0 allows: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const xmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

const isNonCharacter = (c: number) => (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe;

/** Every UTF-16 code unit sequence: well-formed pairs, lone halves, anything. */
const anyUnits = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom('\u202E', '\uFFFE', '\uFFFF', '\u{10FFFF}', '\r\n', '\u2028', '\u001B', 'ệ'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('cleanText', () => {
  it('removes C0 and C1 controls but keeps tabs and line breaks', () => {
    expect(cleanText('a\u0000b\u0007c\u001B[2Jd\u007Fe\u0080f\u009Fg')).toBe('abc[2Jdefg');
    expect(cleanText('a\tb\nc')).toBe('a\tb\nc');
  });

  it('reads every kind of line break as one newline, or as a space', () => {
    expect(cleanText('a\r\nb\rc\u2028d\u2029e\u0085f\u000Bg\u000Ch')).toBe(
      'a\nb\nc\nd\ne\nf\ng\nh',
    );
    expect(cleanText('  a\r\n\tb  \u2029 c ', { newlines: 'space' })).toBe('a b c');
  });

  it('removes the bidirectional controls', () => {
    const bidi = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e];
    bidi.push(0x2066, 0x2067, 0x2068, 0x2069);
    for (const c of bidi) expect(cleanText(`58-NQ${String.fromCodePoint(c)}/TW`)).toBe('58-NQ/TW');
  });

  it('removes all 66 non-characters and nothing next to them', () => {
    const nonCharacters: number[] = [];
    for (let c = 0xfdd0; c <= 0xfdef; c++) nonCharacters.push(c);
    for (let plane = 0; plane <= 16; plane++)
      nonCharacters.push(plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff);
    expect(nonCharacters).toHaveLength(66);
    for (const c of nonCharacters) expect(cleanText(`x${String.fromCodePoint(c)}y`)).toBe('xy');
    // The neighbours of the supplementary non-characters are ordinary characters.
    expect(cleanText('\u{1FFFD}\u{10FFFD}')).toBe('\u{1FFFD}\u{10FFFD}');
  });

  it('removes lone surrogates and keeps well-formed pairs', () => {
    expect(cleanText('a\uD800b\uDC00c\uDBFF')).toBe('abc');
    expect(cleanText('😀 \uD83D\uDE00')).toBe('😀 😀');
  });

  it('writes NFC, also when a removed character sat between a letter and its mark', () => {
    expect(cleanText('ho\u0300a')).toBe('hòa');
    expect(cleanText('e\u200E\u0301')).toBe('é');
    expect(cleanText('Kế hoạch'.normalize('NFD'))).toBe('Kế hoạch');
  });

  it('keeps what is not removed: letters, emoji sequences, no-break spaces', () => {
    const text = 'Thanh\u00A0Hóa 👨\u200D👩\u200D👧 中文 العربية';
    expect(cleanText(text)).toBe(text);
    expect(cleanText('')).toBe('');
  });

  it('returns only characters XML 1.0 allows and no control, bidi or non-character (property)', () => {
    fc.assert(
      fc.property(anyUnits, fc.constantFrom('keep', 'space' as const), (text, newlines) => {
        const out = cleanText(text, { newlines });
        expect(/[\uD800-\uDFFF]/u.test(out)).toBe(false); // no lone surrogate
        expect(out.normalize('NFC')).toBe(out);
        for (const ch of out) {
          const c = ch.codePointAt(0) ?? 0;
          expect(xmlChar(c)).toBe(true);
          expect(c === 0xd || (c >= 0x7f && c <= 0x9f) || isNonCharacter(c)).toBe(false);
          expect([0x061c, 0x200e, 0x200f, 0x2028, 0x2029].includes(c)).toBe(false);
          expect((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)).toBe(false);
          if (newlines === 'space') expect(/\s/.test(ch) && ch !== ' ').toBe(false);
        }
        expect(cleanText(out, { newlines })).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});
