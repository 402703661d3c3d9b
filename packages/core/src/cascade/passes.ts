// The forward and backward passes of the cascade, on typed arrays.
//
// One function on purpose: both passes share the per-activity typed arrays and
// the memos of working-day arithmetic, and splitting them would cost a second
// set of allocations per call (the 1M-node bench reads every array in memory
// order). Long, but each loop is one idea; see docs/cascade.md for the rules.
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { EDGE_REF, type Graph, NEG, POS, RULE_AFTER, RULE_HELD } from './graph.js';

/** "Not held": the value of a node without a held date. @internal */
export const NONE = NEG;

/** The result of the passes, per node. @internal */
export interface Passes {
  /** Earliest start. */
  readonly es: Int32Array;
  /** Latest start. */
  readonly ls: Int32Array;
  /** Deadline (last allowed end), POS when open. */
  readonly dl: Int32Array;
  /** Activities whose dates left the range 0001–9999 (1 = yes). */
  readonly outOfRange: Uint8Array;
}

/** How the passes read dates. @internal */
export interface PassOptions {
  /** Actual start dates per node (NONE where not held), or null. */
  readonly actual: Int32Array | null;
  /** Today as an epoch day, or NEG. */
  readonly today: number;
  readonly cal: WorkingCalendar;
  /** Deadlines on a day off move to the next working day. */
  readonly nextWorkingDeadline: boolean;
}

/**
 * Forward pass (earliest starts; deadlines, `after` rules counted from their
 * reference's actual end, else from its deadline) and backward pass (latest
 * starts, from every deadline below; an `after` rule's own deadline never
 * moves its reference). Sessions start on working days. @internal
 */
export function runPasses(g: Graph, order: Int32Array, count: number, o: PassOptions): Passes {
  const { actual, today, cal } = o;
  const n = g.n;
  const acts = g.activities;
  const es = new Int32Array(n).fill(NEG);
  const ls = new Int32Array(n).fill(POS);
  const dl = new Int32Array(n).fill(POS);
  const { poff, pred, pkind, gaps, act } = g;
  // Per activity, as typed arrays (monomorphic loads in the hot loops).
  const A = acts.length;
  const aLo = new Int32Array(A);
  const aHi = new Int32Array(A);
  const aOcc = new Int32Array(A);
  const aAfter = new Int32Array(A).fill(-1);
  const aRefAct = new Int32Array(A).fill(-1);
  const aWorking = new Uint8Array(A);
  const aSession = new Uint8Array(A);
  const aHeld = new Int32Array(A).fill(NONE);
  const outOfRange = new Uint8Array(A);
  // Memos per activity: most units of an activity see the same days.
  const dIn = new Int32Array(A).fill(NEG); // reference end → deadline
  const dOut = new Int32Array(A);
  const sIn = new Int32Array(A).fill(NEG); // start → first working day on or after it
  const sOut = new Int32Array(A);
  const lIn = new Int32Array(A).fill(NEG); // latest start → last working day on or before it
  const lOut = new Int32Array(A);
  for (let a = 0; a < A; a++) {
    const info = acts[a]!;
    aLo[a] = info.lo;
    aOcc[a] = info.occ;
    aSession[a] = info.isSession ? 1 : 0;
    aRefAct[a] = info.afterRef;
    if (info.ruleKind === RULE_AFTER) aAfter[a] = info.afterDays;
    aWorking[a] = info.afterWorking ? 1 : 0;
    if (info.ruleKind === RULE_HELD) aHeld[a] = info.lo;
    let hi = info.hi;
    if (o.nextWorkingDeadline && hi < POS && info.ruleKind !== RULE_HELD) {
      const w = cal.nextWorkingEpochDay(hi);
      if (Number.isNaN(w)) outOfRange[a] = 1;
      else hi = w;
    }
    aHi[a] = hi;
  }
  // The held date of a node: its actual, else its `held` rule, else NONE.
  const fixedOf = (v: number): number => {
    const f = actual === null ? NONE : actual[v]!;
    return f !== NONE ? f : aHeld[act[v]!]!;
  };
  // Gap arithmetic, memoised per gap kind: most edges of a kind see the same day.
  const G = gaps.length;
  const fIn = new Int32Array(G + 1).fill(NEG);
  const fOut = new Int32Array(G + 1);
  const bIn = new Int32Array(G + 1).fill(NEG);
  const bOut = new Int32Array(G + 1);
  const fwd = (ef: number, k: number): number => {
    if (fIn[k] === ef) return fOut[k]!;
    const gap = gaps[k - 1]!;
    let r =
      gap.calendar === 'calendar'
        ? ef + Math.max(1, gap.days)
        : Math.max(ef + 1, cal.addWorkingEpochDays(ef, gap.days));
    if (Number.isNaN(r)) r = POS;
    fIn[k] = ef;
    fOut[k] = r;
    return r;
  };
  const bwd = (lsw: number, k: number): number => {
    if (bIn[k] === lsw) return bOut[k]!;
    const gap = gaps[k - 1]!;
    let r =
      gap.calendar === 'calendar'
        ? lsw - Math.max(1, gap.days)
        : Math.min(lsw - 1, cal.latestBeforeWorkingEpochDays(lsw, gap.days));
    if (Number.isNaN(r)) r = NEG;
    bIn[k] = lsw;
    bOut[k] = r;
    return r;
  };
  // The last working day on or before a session's latest start (memoised per activity).
  const lastWorking = (a: number, l: number): number => {
    if (lIn[a] === l) return lOut[a]!;
    let w = cal.previousWorkingEpochDay(l);
    if (Number.isNaN(w)) w = l;
    lIn[a] = l;
    lOut[a] = w;
    return w;
  };

  // --- forward, pulling from the predecessors (all placed before v in `order`) ---
  // ef[p]: p's last day, or NEG when p has no start.
  const ef = new Int32Array(n).fill(NEG);
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    const a = act[v]!;
    const after = aAfter[a]!;
    let s = NEG;
    // The end its `after` deadline counts from: the latest, over its reference
    // nodes, of the actual end (held) or else the reference's own deadline.
    let re = NEG;
    for (let i = poff[v]!, end = poff[v + 1]!; i < end; i++) {
      const p = pred[i]!;
      const kk = pkind[i]!;
      const e = ef[p]!;
      if (after >= 0 && (kk & EDGE_REF || act[p] === aRefAct[a])) {
        const r = fixedOf(p) !== NONE && e > NEG ? e : dl[p]!;
        if (r > re) re = r;
      }
      if (e <= NEG) continue;
      const gk = kk & 0xff;
      const c = gk === 0 ? e + 1 : fwd(e, gk);
      if (c > s) s = c;
    }
    const f = fixedOf(v);
    if (f !== NONE) s = f;
    else {
      if (aLo[a]! > s) s = aLo[a]!;
      if (today > s) s = today;
      if (aSession[a] && s > NEG && s < POS) {
        if (sIn[a] !== s) {
          const w = cal.nextWorkingEpochDay(s);
          sIn[a] = s;
          sOut[a] = Number.isNaN(w) ? POS : w;
          if (Number.isNaN(w)) outOfRange[a] = 1;
        }
        s = sOut[a]!;
      }
    }
    es[v] = s;
    let d = aHi[a]!;
    if (after >= 0) {
      if (re <= NEG || re >= POS) d = POS;
      else if (dIn[a] === re) d = dOut[a]!;
      else {
        let x = aWorking[a] ? cal.addWorkingEpochDays(re, after) : re + after;
        if (!Number.isNaN(x) && o.nextWorkingDeadline && !aWorking[a])
          x = cal.nextWorkingEpochDay(x);
        if (Number.isNaN(x)) {
          outOfRange[a] = 1;
          x = POS;
        }
        dIn[a] = re;
        dOut[a] = x;
        d = x;
      }
    }
    dl[v] = d;
    if (s > NEG && s < POS) ef[v] = s + aOcc[a]! - 1;
  }

  // --- backward, pushing each node's latest start to its predecessors ---
  // lim[v]: the latest day v may end for the sake of its successors.
  const lim = ef.fill(POS);
  for (let k = count - 1; k >= 0; k--) {
    const v = order[k]!;
    const a = act[v]!;
    const occ = aOcc[a]!;
    const f = fixedOf(v);
    if (f !== NONE) {
      // A held date is a fact: its latest is itself, or its own deadline when
      // held late; and it sets no deadline for what comes before it.
      const own = dl[v]! >= POS ? POS : dl[v]! - occ + 1;
      ls[v] = Math.min(f, own);
      continue;
    }
    const lf = Math.min(dl[v]!, lim[v]!);
    if (lf >= POS) continue; // ls[v] stays POS
    let l = lf - occ + 1;
    if (aSession[a]) l = lastWorking(a, l);
    ls[v] = l;
    // Toward its `after` reference only what lies below v counts (lim), never
    // v's own deadline, which is made from the reference's.
    let lr = POS;
    const isAfter = aAfter[a]! >= 0;
    if (isAfter && lim[v]! < POS) {
      lr = lim[v]! - occ + 1;
      if (aSession[a]) lr = lastWorking(a, lr);
    }
    for (let i = poff[v]!, end = poff[v + 1]!; i < end; i++) {
      const p = pred[i]!;
      const kk = pkind[i]!;
      const base = isAfter && (kk & EDGE_REF || act[p] === aRefAct[a]) ? lr : l;
      if (base >= POS) continue;
      const gk = kk & 0xff;
      const c = gk === 0 ? base - 1 : bwd(base, gk);
      if (c < lim[p]!) lim[p] = c;
    }
  }
  return { es, ls, dl, outOfRange };
}
