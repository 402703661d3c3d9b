import { describe, expect, it } from 'vitest';
import { blankMarkdown } from './markdown.js';
import { cleanInvisible, createSourceText, fold } from './source-text.js';

describe('normalise: NFC, folding, line ends, invisible characters, Markdown — offsets kept', () => {
  it('folds to lower case without diacritics, one code unit for one', () => {
    const t = 'Hoàn thành TRƯỚC ngày 15–9–2020, Đảng ủy';
    expect(fold(t)).toBe('hoan thanh truoc ngay 15-9-2020, dang uy');
    expect(fold(t)).toHaveLength(t.length);
  });

  it('maps NFD input back to its own offsets', () => {
    const nfd = 'Thời gian: ½ ngày'.normalize('NFD');
    const src = createSourceText(nfd);
    expect(src.nfc).toBe('Thời gian: ½ ngày');
    const at = src.nfc.indexOf('½');
    expect(nfd.slice(src.toOriginal(at), src.toOriginal(at + 1))).toBe('½');
  });

  it('reads CR, CR LF and U+2028 as line ends; format characters as spaces', () => {
    expect(cleanInvisible('a\rb\r\nc\u2028d')).toBe('a\nb \nc\nd');
    expect(cleanInvisible('x\u200b\u00ad\ufeffy')).toBe('x   y');
    // A typeset document's no-break hyphens and spaces read as plain ones (58‑NQ/TW, Thanh Hóa).
    expect(cleanInvisible('58\u2011NQ/TW Thanh\u00a0Hóa\u202fx')).toBe('58-NQ/TW Thanh Hóa x');
    expect(cleanInvisible('\u{E0001}z')).toBe('  z');
  });

  it('blanks Markdown markup in place: headings, emphasis, escapes, tables, <br>', () => {
    const md =
      '# KẾ HOẠCH\n### 1\\. Cấp tỉnh\n- *Thời gian:* ½ ngày\n| **A**<br>B | C |\n|:---:|:---:|';
    const out = blankMarkdown(md);
    expect(out).toHaveLength(md.length);
    expect(out.split('\n').map((l) => l.trim())).toEqual([
      'KẾ HOẠCH',
      '1 . Cấp tỉnh',
      '-  Thời gian:  ½ ngày',
      'A',
      'B   C',
      '',
    ]);
    expect(blankMarkdown('Thời gian: *½ ngày*')).toBe('Thời gian: *½ ngày*');
  });
});

describe('format characters that touch white space are dropped, keeping the offsets', () => {
  it('reads a zero-width space after a space, a word joiner before one and a BOM at a line start as absent', () => {
    for (const text of ['Hội \u200bnghị', 'Hội\u2060 nghị', 'Hội nghị\n\ufeffngày']) {
      const src = createSourceText(text);
      expect(src.nfc).not.toMatch(/ {2}/);
      expect(src.nfc.replace(/\n/g, ' ')).toMatch(/^Hội nghị( ngày)?$/);
      // Every offset still maps into the original, in order.
      for (let i = 0; i < src.nfc.length; i++)
        expect(src.toOriginal(i)).toBeLessThanOrEqual(src.toOriginal(i + 1));
      expect(src.toOriginal(src.nfc.length)).toBe(text.length);
      const at = src.nfc.indexOf('nghị');
      expect(text.slice(src.toOriginal(at), src.toOriginal(at + 4))).toBe('nghị');
    }
  });

  it('keeps a format character between letters as a word break, and a long run of them stays linear', () => {
    expect(createSourceText('a\u200bb').nfc).toBe('a b');
    const run = `x ${'\u200b'.repeat(200_000)}y`;
    expect(createSourceText(run).nfc).toBe('x y');
  });
});
