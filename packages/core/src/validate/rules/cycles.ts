import { parentSessions, sessionsOfDeliverable } from '../../model/relations.js';
import type { RuleContext } from '../context.js';
import { afterReferences } from '../windows.js';

/**
 * `cascade/cycle`: the order the cascade needs (a session after its parent
 * session, a deliverable after its sessions, an `after` rule after what it
 * counts from) has no cycle. The same edges the scheduler builds, at the
 * level of activities, so every cycle `schedule` would find is found here.
 * Iterative (Kahn, then a walk along the left-over predecessors), linear in
 * activities and edges; at most ten cycles are named. A rule naming its own
 * activity is `ref/self-reference`, reported by the references rule.
 */
export function checkCycles(ctx: RuleContext): void {
  const { plan } = ctx;
  const S = plan.sessions.length;
  const index = new Map<string, number>();
  plan.sessions.forEach((s, i) => {
    if (!index.has(s.id)) index.set(s.id, i);
  });
  plan.deliverables.forEach((d, i) => {
    if (!index.has(d.id)) index.set(d.id, S + i);
  });
  const n = S + plan.deliverables.length;
  const preds: number[][] = Array.from({ length: n }, () => []);
  const parents = parentSessions(plan);
  plan.sessions.forEach((_, i) => {
    const p = parents[i];
    const pi = p ? index.get(p.id) : undefined;
    if (pi !== undefined && pi !== i) preds[i]!.push(pi);
  });
  plan.deliverables.forEach((d, j) => {
    for (const s of sessionsOfDeliverable(plan, d)) {
      const si = index.get(s.id);
      if (si !== undefined) preds[S + j]!.push(si);
    }
  });
  for (const [id, refs] of afterReferences(plan)) {
    const v = index.get(id);
    if (v === undefined) continue;
    for (const r of refs) {
      const ri = index.get(r);
      if (ri !== undefined && ri !== v) preds[v]!.push(ri);
    }
  }
  // Kahn on the successor lists.
  const indeg = new Int32Array(n);
  const succ: number[][] = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) {
    for (const p of preds[v]!) {
      succ[p]!.push(v);
      indeg[v]!++;
    }
  }
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (indeg[v] === 0) queue.push(v);
  const done = new Uint8Array(n);
  for (let k = 0; k < queue.length; k++) {
    const v = queue[k]!;
    done[v] = 1;
    for (const w of succ[v]!) if (--indeg[w]! === 0) queue.push(w);
  }
  if (queue.length === n) return;
  const idOf = (v: number): string => (v < S ? plan.sessions[v]!.id : plan.deliverables[v - S]!.id);
  const pathOf = (v: number): (string | number)[] =>
    v < S ? ['sessions', v, 'deadline'] : ['deliverables', v - S, 'due'];
  const visited = new Uint8Array(n);
  const seen = new Set<string>();
  for (let start = 0; start < n && seen.size < 10; start++) {
    if (done[start] || visited[start]) continue;
    // Walk left-over predecessors until a node of this walk repeats.
    const pos = new Map<number, number>();
    const walk: number[] = [];
    let v = start;
    while (!pos.has(v)) {
      if (visited[v]) {
        v = -1;
        break;
      }
      visited[v] = 1;
      pos.set(v, walk.length);
      walk.push(v);
      const next = preds[v]!.find((p) => !done[p]);
      if (next === undefined) {
        v = -1;
        break;
      }
      v = next;
    }
    if (v < 0) continue;
    const cycle = walk.slice(pos.get(v)!).reverse();
    const names = cycle.map(idOf);
    const key = [...new Set(names)].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.report('cascade/cycle', pathOf(cycle[0]!), { cycle: [...names, names[0]].join(' → ') });
  }
}
