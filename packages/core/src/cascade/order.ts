/**
 * A topological order of a graph given by its predecessor lists
 * (`pred[poff[v] .. poff[v + 1])` are the predecessors of node `v`), possibly
 * short when there are cycles: the nodes on a cycle, and every node after
 * one, are left out. @internal
 *
 * @remarks The scheduler numbers its nodes tier by tier, so almost every edge
 * goes from a lower number to a higher one, and usually all of them do. Then
 * the identity is a topological order: one sequential check proves it and
 * the passes read every per-node array in memory order (at a million nodes,
 * the difference between cache hits and misses). Otherwise Kahn's algorithm
 * runs with a pointer that sweeps the numbers once and takes every node that
 * is ready when it passes; a node that becomes ready only after the pointer
 * has passed it (the target of an edge going back) is taken from a stack at
 * once. Linear in nodes + edges, deterministic, and as close to the numbering
 * as the edges allow.
 */
export function topologicalOrder(
  n: number,
  poff: Int32Array,
  pred: Int32Array,
): { order: Int32Array; count: number } {
  const order = new Int32Array(n);
  let forward = true;
  for (let v = 0; v < n && forward; v++) {
    for (let i = poff[v]!, end = poff[v + 1]!; i < end; i++) {
      if (pred[i]! >= v) {
        forward = false;
        break;
      }
    }
  }
  if (forward) {
    for (let v = 0; v < n; v++) order[v] = v;
    return { order, count: n };
  }
  // Successor lists (the transpose) and in-degrees, for Kahn's algorithm.
  const m = poff[n]!;
  const off = new Int32Array(n + 1);
  const indeg = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    indeg[v] = poff[v + 1]! - poff[v]!;
    for (let i = poff[v]!, end = poff[v + 1]!; i < end; i++) off[pred[i]! + 1]!++;
  }
  for (let v = 0; v < n; v++) off[v + 1]! += off[v]!;
  const fill = off.slice(0, n);
  const succ = new Int32Array(m);
  for (let v = 0; v < n; v++) {
    for (let i = poff[v]!, end = poff[v + 1]!; i < end; i++) succ[fill[pred[i]!]!++] = v;
  }
  const behind = new Int32Array(n);
  let top = 0;
  let tail = 0;
  let p = 0;
  for (;;) {
    let v: number;
    if (top > 0) v = behind[--top]!;
    else {
      while (p < n && indeg[p] !== 0) p++;
      if (p === n) break;
      v = p++;
    }
    order[tail++] = v;
    for (let i = off[v]!, end = off[v + 1]!; i < end; i++) {
      const w = succ[i]!;
      if (--indeg[w]! === 0 && w < p) behind[top++] = w;
    }
  }
  return { order, count: tail };
}
