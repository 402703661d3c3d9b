// Issue 13, item 3, for ICS: a good feed, hostile feeds, the good feed again: byte-equal.
import { clonePlan, plan985KhHndt } from '@rollout/core';
import { describe, it } from 'vitest';
import { goodAfterHostile } from '../../../test-support/fuzz.js';
import { thanhHoaFarmersUnionTree } from '../../../test-support/generated-units.js';
import { hostilePlans } from '../../../test-support/hostile-plans.js';
import { renderIcs } from '../src/index.js';

// A shorter after chain: each of its deliverables is written out (about 1.4 ms an
// event in ICS), and the point is the state left behind, not the size.
const HOSTILE = hostilePlans(clonePlan(plan985KhHndt), 1_000).map(([, p]) => p);
const units = thanhHoaFarmersUnionTree();

describe('no shared mutable state in renderIcs', () => {
  it('renderIcs, per tier and per unit', async () => {
    const hostile = HOSTILE.flatMap((p) => [
      () => renderIcs(p),
      () => renderIcs(p, { revision: '9999-12-31', tier: 'province' }),
    ]);
    await goodAfterHostile(() => renderIcs(plan985KhHndt), hostile);
    await goodAfterHostile(() => renderIcs(plan985KhHndt, { unit: units[1]!.id, units }), hostile);
  });
});
