// The check: every fact line of corpus file 001 (plan 985-KH/HNDT) appears in the
// text rendering of the hand-modelled plan. The comparison (never the output) normalises
// white space, dashes, spaces before punctuation, final punctuation and the old/new tone
// placement (hoà/hòa), which are typography, not facts.
import { clonePlan, plan985KhHndt } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test-support/corpus.js';
import { renderHtml, renderMarkdown, renderText } from '../src/index.js';

const CORPUS_FILE = '001_c4a0ee48a2404adc.txt';

const TONES: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
for (const [from, to] of Object.entries(TONES)) TONES[from.toUpperCase()] = to.toUpperCase();
const TONE_RE = new RegExp(Object.keys(TONES).join('|'), 'g');

function norm(text: string): string {
  return text
    .normalize('NFC')
    .replace(TONE_RE, (m) => TONES[m] ?? m)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+([,;.:)])/g, '$1')
    .trim();
}

/** The fact segments of the corpus text: lines split into their columns. */
function factSegments(text: string): string[] {
  const out: string[] = [];
  let inRecipients = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*Nơi nhận:/.test(line)) inRecipients = true;
    for (let seg of line.split(/\s{3,}/)) {
      seg = seg.trim();
      if (inRecipients) seg = seg.replace(/\s*,?\s*\((B\/c|T\/h|C\/đ|Biết)\)\s*/g, ' ').trim();
      // "3. Đối với Hội Nông dân xã …": the lead-in is wording; the tier's name is the fact.
      seg = seg.replace(/^(\d+\.)\s+Đối với\s+/, '$1 ');
      seg = seg.replace(/[\s;.,:]+$/, '');
      if (seg === '' || seg === '*' || /^\d+$/.test(seg)) continue;
      out.push(seg);
    }
  }
  return out;
}

describe('corpus facts of 985-KH/HNDT', () => {
  const corpus = readCorpus(CORPUS_FILE);
  const segments = factSegments(corpus);

  it('reads a real number of fact segments from the corpus', () => {
    expect(segments.length).toBeGreaterThan(60);
  });

  it('every fact line appears in the text output', () => {
    const text = norm(renderText(plan985KhHndt));
    const missing = segments.filter((s) => !text.includes(norm(s)));
    expect(missing).toEqual([]);
  });

  it('notices a missing fact (the check can fail)', () => {
    const broken = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-commune' ? { ...s, deadline: { kind: 'by' as const, date: '2020-10-16' } } : s,
      ),
      materials: plan985KhHndt.materials.slice(1),
    };
    const text = norm(renderText(broken));
    const missing = segments.filter((s) => !text.includes(norm(s)));
    expect(missing.some((s) => s.includes('15/10/2020'))).toBe(true);
    expect(missing.some((s) => s.startsWith('- Nghị quyết số 58-NQ/TW, ngày 05/8/2020'))).toBe(
      true,
    );
  });

  it('every fact line appears in the HTML and Markdown outputs too', () => {
    const html = renderHtml(plan985KhHndt)
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    const md = renderMarkdown(plan985KhHndt)
      .replace(/<br>/g, '\n')
      .replace(/\\(.)/g, '$1')
      .replace(/\*+/g, '')
      .replace(/^#+ /gm, '')
      .replace(/\|/g, '   ');
    expect(segments.filter((s) => !norm(html).includes(norm(s)))).toEqual([]);
    expect(segments.filter((s) => !norm(md).includes(norm(s)))).toEqual([]);
  });

  it('prints each recipient with its purpose on its own line', () => {
    const lines = renderText(plan985KhHndt).split('\n');
    const expected = [
      ['Ban Tuyên huấn TW Hội', 'B/c'],
      ['Ban Tuyên giáo, Ban Dân vận, Văn phòng Tỉnh ủy', 'B/c'],
      ['Thường trực tỉnh Hội', 'Biết'],
      ['27 huyện, thị, thành Hội', 'T/h'],
      ['Các Ban, TT tỉnh Hội', 'C/đ'],
    ];
    for (const [name, label] of expected) {
      expect(lines.some((l) => l.includes(`- ${name} (${label});`))).toBe(true);
      expect(corpus.includes(`(${label})`)).toBe(true);
    }
    expect(lines.some((l) => l.includes('- Lưu: VP - TG.'))).toBe(true);
  });
});
