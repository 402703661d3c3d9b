// Issue 13, item 3, for DOCX: a good render, hostile renders, the good render again:
// byte-equal files.
import { clonePlan, plan985KhHndt, rollup } from '@rollout/core';
import { describe, it } from 'vitest';
import { goodAfterHostile } from '../../../test-support/fuzz.js';
import { hostilePlans } from '../../../test-support/hostile-plans.js';
import { renderDocx, renderProgressDocx } from '../src/index.js';

// A shorter after chain: each of its deliverables is written out (about 1.4 ms an
// event in ICS), and the point is the state left behind, not the size.
const HOSTILE = hostilePlans(clonePlan(plan985KhHndt), 1_000).map(([, p]) => p);

describe('no shared mutable state in the DOCX renderers', () => {
  it('renderDocx and renderProgressDocx', async () => {
    const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON();
    const hostile = HOSTILE.flatMap((p) => [
      () => renderDocx(p, { timestamp: '9999-12-31' }),
      () => renderProgressDocx(rollup(p, [], { today: '0001-01-01' }).toJSON(), { plan: p }),
    ]);
    await goodAfterHostile(() => renderDocx(plan985KhHndt), hostile);
    await goodAfterHostile(() => renderProgressDocx(report, { plan: plan985KhHndt }), hostile);
  });
});
