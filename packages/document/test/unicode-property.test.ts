// Issue 13, item 5: random Unicode (every plane, controls, bidi controls, non-characters,
// lone surrogates) in any text of a plan or a report never changes the structure of what
// the renderers write: the HTML parses without a single parse error (parse5 reports
// controls, non-characters and surrogates) into as many elements as for plain text, and
// the text and Markdown keep their lines and hold no character cleanText removes.
import type { Plan, RollupResult } from '@rollout/core';
import { cleanText, clonePlan, plan985KhHndt, rollup } from '@rollout/core';
import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  renderHtml,
  renderMarkdown,
  renderProgressHtml,
  renderProgressMarkdown,
  renderProgressText,
  renderText,
} from '../src/index.js';
import { anyText } from './samples.js';

/** The plan with `text` in its title, an audience, a material, a recipient and the signer's name. */
function withText(text: string): Plan {
  const t = `x${text}y`;
  return {
    ...clonePlan(plan985KhHndt),
    header: { ...clonePlan(plan985KhHndt).header, title: t },
    audiences: clonePlan(plan985KhHndt).audiences.map((a, i) => (i === 1 ? { ...a, name: t } : a)),
    materials: clonePlan(plan985KhHndt).materials.map((m, i) => (i === 0 ? { ...m, title: t } : m)),
    recipients: [{ name: t, purpose: 'report' }, ...plan985KhHndt.recipients],
    signature: { mode: 'on-behalf', authority: 'Ban Thường vụ', title: 'Chủ tịch', name: t },
  };
}

/** Parses an HTML page; its parse errors and its number of elements. */
function parseHtml(html: string): { errors: string[]; elements: number } {
  const errors: string[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(e.code) });
  let elements = 0;
  const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        elements++;
        walk(child);
      }
    }
  };
  walk(doc);
  return { errors, elements };
}

const report: RollupResult = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON();
const reportWith = (text: string): RollupResult => ({
  ...report,
  tiers: report.tiers.map((t, i) => (i === 0 ? { ...t, name: `x${text}y` } : t)),
  overdue: report.overdue.map((o) => ({ ...o, name: `x${text}y` })),
});

describe('random Unicode in every text', () => {
  const plain = withText('');
  const plainHtml = parseHtml(renderHtml(plain));
  const plainReport = parseHtml(renderProgressHtml(reportWith(''), { plan: plain }));

  it('leaves the HTML of a plan and of a report well-formed, with the same elements (property)', () => {
    expect(plainHtml.errors).toEqual([]);
    fc.assert(
      fc.property(anyText, (text) => {
        const html = parseHtml(renderHtml(withText(text)));
        expect(html.errors).toEqual([]);
        expect(html.elements).toBe(plainHtml.elements);
        const progress = parseHtml(renderProgressHtml(reportWith(text), { plan: withText(text) }));
        expect(progress.errors).toEqual([]);
        expect(progress.elements).toBe(plainReport.elements);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the text and Markdown with the same lines and no character cleanText removes (property)', () => {
    const lines = (s: string) => s.split('\n').length;
    fc.assert(
      fc.property(anyText, (text) => {
        const p = withText(text);
        for (const [out, base] of [
          [renderText(p), renderText(plain)],
          [renderMarkdown(p), renderMarkdown(plain)],
          [
            renderProgressText(reportWith(text), { plan: p }),
            renderProgressText(reportWith(''), { plan: plain }),
          ],
          [
            renderProgressMarkdown(reportWith(text), { plan: p }),
            renderProgressMarkdown(reportWith(''), { plan: plain }),
          ],
        ] as const) {
          // Nothing left that cleanText removes (its own tests pin down what that is), NFC.
          expect(cleanText(out)).toBe(out);
          expect(lines(out)).toBe(lines(base));
        }
        // What the reader sees is the text as cleanText gives it.
        expect(renderText(p)).toContain(cleanText(`x${text}y`, { newlines: 'space' }));
      }),
      { numRuns: 60 },
    );
  });
});
