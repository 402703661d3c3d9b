// Issue 13, item 5, for DOCX: random Unicode (every plane, controls, bidi controls,
// non-characters, lone surrogates) in any text of a plan or a report, and in the author's
// name, leaves every XML part of the file well-formed for a strict XML 1.0 parser (saxes)
// and gives word/document.xml as many paragraphs as plain text does.
import type { Plan, RollupResult } from '@rollout/core';
import { clonePlan, plan985KhHndt, rollup } from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../document/test/samples.js';
import { renderDocx, renderProgressDocx } from '../src/index.js';
import { paragraphsOf, parseXml, parts } from './ooxml.js';

function withText(text: string): Plan {
  const t = `x${text}y`;
  return {
    ...clonePlan(plan985KhHndt),
    header: { ...clonePlan(plan985KhHndt).header, title: t, place: `Thanh Hóa${text}` },
    audiences: clonePlan(plan985KhHndt).audiences.map((a, i) => (i === 1 ? { ...a, name: t } : a)),
    recipients: [{ name: t, purpose: 'report' }, ...plan985KhHndt.recipients],
    signature: { mode: 'on-behalf', authority: 'Ban Thường vụ', title: 'Chủ tịch', name: t },
  };
}

const report: RollupResult = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON();
const reportWith = (text: string): RollupResult => ({
  ...report,
  tiers: report.tiers.map((t, i) => (i === 0 ? { ...t, name: `x${text}y` } : t)),
  overdue: report.overdue.map((o) => ({ ...o, name: `x${text}y` })),
});

/** Parses every XML part strictly; the number of paragraphs of the body. */
function check(bytes: Uint8Array): number {
  const files = parts(bytes);
  for (const [name, xml] of Object.entries(files))
    if (name.endsWith('.xml') || name.endsWith('.rels')) parseXml(xml);
  return paragraphsOf(files['word/document.xml'] ?? '').length;
}

describe('random Unicode in every text of a DOCX', () => {
  it('keeps every part well-formed XML, with the paragraphs of plain text (property)', async () => {
    const plain = check(await renderDocx(withText('')));
    const plainReport = check(await renderProgressDocx(reportWith(''), { plan: withText('') }));
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        expect(check(await renderDocx(withText(text), { creator: `VP${text}` }))).toBe(plain);
        expect(
          check(
            await renderProgressDocx(reportWith(text), { plan: withText(text), creator: text }),
          ),
        ).toBe(plainReport);
      }),
      { numRuns: 25 },
    );
  });
});
