// Issue 13, item 3, for the document renderers: a good render, hostile renders (a deadline
// on 9999-12-31 with 36,600 working days after it, 8,000 chained after rules, every date on
// 0001-01-01, a report of such a plan), the good render again: byte-equal.
import { clonePlan, plan985KhHndt, rollup } from '@rollout/core';
import { describe, it } from 'vitest';
import { goodAfterHostile } from '../../../test-support/fuzz.js';
import { hostilePlans } from '../../../test-support/hostile-plans.js';
import { renderHtml, renderMarkdown, renderProgressHtml, renderText } from '../src/index.js';

// A shorter after chain: each of its deliverables is written out (about 1.4 ms an
// event in ICS), and the point is the state left behind, not the size.
const HOSTILE = hostilePlans(clonePlan(plan985KhHndt), 2_000).map(([, p]) => p);
const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON();

describe('no shared mutable state in the document renderers', () => {
  it('renderHtml, renderMarkdown, renderText and renderProgressHtml', async () => {
    const hostile = HOSTILE.flatMap((p) => [
      () => renderHtml(p, { lang: 'en' }),
      () => renderMarkdown(p, { rules: 'state-2020' }),
      () => renderProgressHtml(rollup(p, [], { today: '9999-12-31' }).toJSON(), { plan: p }),
    ]);
    await goodAfterHostile(() => renderHtml(plan985KhHndt), hostile);
    await goodAfterHostile(() => renderMarkdown(plan985KhHndt), hostile);
    await goodAfterHostile(() => renderText(plan985KhHndt), hostile);
    await goodAfterHostile(() => renderProgressHtml(report, { plan: plan985KhHndt }), hostile);
  });
});
