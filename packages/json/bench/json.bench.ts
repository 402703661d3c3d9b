// `pnpm bench json`: @rollout/json readers against bare JSON.parse, in one run.
//   1. a 100,000-unit tree document: parseUnitTreeJson vs JSON.parse;
//   2. plans: parsePlanJson (scan + parse + migrate + core parsePlan) vs JSON.parse,
//      on the fixture 985-KH/HNDT and on a generated plan with many tiers/sessions;
//   3. 1,000,000 NDJSON progress events: readEventsNdjson vs a bare
//      decode + line-split + JSON.parse loop over the same chunks;
//   4. memory of the NDJSON reader at 100k vs 1M events (chunks generated lazily);
//   5. a 100 MB plan-shaped document through parseJson.
// Times are medians of several runs; ratios are against the baseline of the same run.
import { clonePlan, type Plan, plan985KhHndt, type Unit, validatePlan } from '@rollout/core';
import {
  parseJson,
  parsePlanJson,
  parseUnitTreeJson,
  readEventsNdjson,
  stringifyPlan,
  stringifyUnitTree,
} from '../src/index.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const print = (s: string) => process.stdout.write(`${s}\n`);

/**
 * The last result of each timed function stays alive across the collections
 * between runs, as a real reader's last plan does: otherwise `gc()` frees the
 * hidden classes of the parsed objects and V8 throws away the optimised code
 * that was specialised on them (a deopt that only the JavaScript side pays,
 * `JSON.parse` being native), which made the plan rows swing by ±30 %.
 */
export const kept: unknown[] = [];
function median(fn: () => unknown, runs: number, warmUp = 1): number {
  for (let w = 0; w < warmUp; w++) kept.push(fn());
  const slot = kept.push(undefined) - 1;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const t = performance.now();
    const value = fn();
    times.push(performance.now() - t);
    kept[slot] = value;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
/**
 * Medians of the baseline and of ours, warmed up alike (the optimising
 * compiler needs a few calls of a big plan before it is done) and run
 * alternately, so that load on the machine hits both alike.
 */
function medianPair(base: () => unknown, ours: () => unknown, runs: number): [number, number] {
  for (let w = 0; w < 5; w++) kept.push(base(), ours());
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < runs; r++) {
    a.push(median(base, 1, 0));
    b.push(median(ours, 1, 0));
  }
  const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  return [mid(a), mid(b)];
}
async function medianAsync(fn: () => Promise<void>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;
const row = (name: string, base: number, ours: number, target: number) =>
  print(
    `${name.padEnd(44)} JSON.parse ${ms(base).padStart(10)}  ours ${ms(ours).padStart(10)}  ratio ${(ours / base).toFixed(2)}× (target ≤ ${target}×) ${ours / base <= target ? 'OK' : 'OVER'}`,
  );

// --- 1. unit tree ------------------------------------------------------------
function unitTree(n: number): { units: Unit[] } {
  const units: Unit[] = [
    { id: 'u0', name: 'Tỉnh ủy Thanh Hóa', level: 'province', members: 250000 },
  ];
  const districts = 30;
  const communes = 3000;
  for (let k = 1; k < n; k++) {
    if (k <= districts)
      units.push({
        id: `u${k}`,
        name: `Huyện ủy số ${k}`,
        level: 'district',
        parent: 'u0',
        members: 8000,
      });
    else if (k <= districts + communes)
      units.push({
        id: `u${k}`,
        name: `Đảng ủy xã số ${k}`,
        level: 'commune',
        parent: `u${1 + (k % districts)}`,
        kind: 'Đảng ủy xã',
        members: 300,
      });
    else
      units.push({
        id: `u${k}`,
        name: `Chi bộ thôn số ${k}`,
        level: 'branch',
        parent: `u${districts + 1 + (k % communes)}`,
        members: 25 + (k % 40),
        expected: { 'aud-branch': 20 + (k % 30) },
      });
  }
  return { units };
}

print(`node ${process.version}`);
const tree = unitTree(100_000);
const treeText = stringifyUnitTree(tree);
print(`unit tree: 100,000 units, ${(treeText.length / 1e6).toFixed(1)} M chars`);
{
  const check = parseUnitTreeJson(treeText);
  if (!check.success) throw new Error(`unit tree invalid: ${check.issues[0]?.message.en}`);
  const base = median(() => JSON.parse(treeText), 7);
  const scanOnly = median(() => parseJson(treeText), 7);
  const ours = median(() => parseUnitTreeJson(treeText), 7);
  row('parseJson (scan + JSON.parse), 100k units', base, scanOnly, 4);
  row('parseUnitTreeJson (+ zod + ids), 100k units', base, ours, 4);
}

// --- 2. plans ------------------------------------------------------------------
function bigPlan(tiers: number): Plan {
  const p = clonePlan(plan985KhHndt) as Plan & Record<string, unknown>;
  const sessions = [...p.sessions];
  const deliverables = [...p.deliverables];
  const audiences = [...p.audiences];
  const tierList = [...p.tiers];
  const last = p.tiers[p.tiers.length - 1];
  for (let k = 0; k < tiers; k++) {
    const tierId = `extra-tier-${k}`;
    tierList.push({
      id: tierId,
      level: last?.level ?? 'branch',
      name: `Đơn vị trực thuộc số ${k}`,
    });
    audiences.push({ id: `aud-${tierId}`, name: `Đảng viên đơn vị số ${k}`, tier: tierId });
    sessions.push({
      id: `s-${tierId}`,
      tier: tierId,
      audiences: [`aud-${tierId}`],
      method: 'in-person',
      duration: { halfDays: 1 },
      deadline: { kind: 'within', month: '2020-12' },
      title: `Hội nghị học tập đơn vị số ${k}`,
    });
    deliverables.push({
      id: `d-${tierId}`,
      kind: 'action-plan',
      tier: tierId,
      per: 'unit',
      due: { kind: 'after', ref: `s-${tierId}`, days: 10, calendar: 'working' },
    });
  }
  return { ...p, tiers: tierList, audiences, sessions, deliverables };
}
{
  const small = stringifyPlan(plan985KhHndt, { pretty: true });
  const [base, ours] = medianPair(
    () => {
      let last: unknown;
      for (let k = 0; k < 1000; k++) last = JSON.parse(small);
      return last;
    },
    () => {
      let last: unknown;
      for (let k = 0; k < 1000; k++) last = parsePlanJson(small);
      return last;
    },
    9,
  );
  const plainPlan = JSON.parse(small).plan;
  const rules = median(() => {
    let last: unknown;
    for (let k = 0; k < 1000; k++) last = validatePlan(plainPlan);
    return last;
  }, 7);
  print(`plan 985-KH/HNDT: ${small.length} chars (1,000 reads per run)`);
  row('parsePlanJson, fixture 985-KH/HNDT', base, ours, 4);
  print(
    `  of which core validatePlan (the rules): ${ms(rules)} = ${(rules / base).toFixed(2)}× JSON.parse; the rest ${((ours - rules) / base).toFixed(2)}×`,
  );
  const big = bigPlan(2000);
  const bigText = stringifyPlan(big, { pretty: true });
  const check = parsePlanJson(bigText);
  print(
    `generated plan: ${big.sessions.length} sessions, ${(bigText.length / 1e6).toFixed(2)} M chars, valid=${check.success} (10 reads per run)`,
  );
  // Ten reads per run, as the fixture row reads it a thousand times: the
  // garbage of one read is collected within the run, by both sides alike.
  const [base2, ours2] = medianPair(
    () => {
      let last: unknown;
      for (let k = 0; k < 10; k++) last = JSON.parse(bigText);
      return last;
    },
    () => {
      let last: unknown;
      for (let k = 0; k < 10; k++) last = parsePlanJson(bigText);
      return last;
    },
    9,
  );
  row('parsePlanJson, generated plan', base2, ours2, 4);
  const bigPlain = JSON.parse(bigText).plan;
  const rules2 = median(
    () => {
      let last: unknown;
      for (let k = 0; k < 10; k++) last = validatePlan(bigPlain);
      return last;
    },
    9,
    5,
  );
  print(
    `  of which core validatePlan (the rules): ${ms(rules2)} = ${(rules2 / base2).toFixed(2)}× JSON.parse; the rest ${((ours2 - rules2) / base2).toFixed(2)}×`,
  );
}

// --- 3. NDJSON -------------------------------------------------------------------
function eventLine(k: number): string {
  const day = 1 + (k % 28);
  const d = `2020-10-${String(day).padStart(2, '0')}`;
  switch (k % 4) {
    case 0:
    case 1:
      return `{"kind":"session-held","id":"e${k}","unit":"u${k % 100000}","session":"s-branch","date":"${d}","method":"in-person","attendees":{"present":${20 + (k % 30)},"expected":${25 + (k % 30)}},"recordedBy":"Văn phòng Tỉnh ủy","recordedAt":"${d}T08:30:00+07:00"}`;
    case 2:
      return `{"kind":"reflections-submitted","id":"e${k}","unit":"u${k % 100000}","submitted":${k % 40},"expected":40,"recordedBy":"Ban Tuyên giáo","recordedAt":"${d}T10:00:00+07:00"}`;
    default:
      return `{"kind":"report-sent","id":"e${k}","unit":"u${k % 100000}","date":"${d}","period":"quý IV/2020","recordedBy":"Văn phòng","recordedAt":"${d}T16:45:00+07:00"}`;
  }
}
const encoder = new TextEncoder();
function* lazyChunks(n: number): Generator<Uint8Array> {
  let buf = '';
  for (let k = 0; k < n; k++) {
    buf += `${eventLine(k)}\n`;
    if (buf.length >= 65_536) {
      yield encoder.encode(buf);
      buf = '';
    }
  }
  if (buf) yield encoder.encode(buf);
}
async function baselineLoop(chunks: Iterable<Uint8Array>): Promise<number> {
  const decoder = new TextDecoder();
  let carry = '';
  let count = 0;
  for (const chunk of chunks) {
    const text = carry + decoder.decode(chunk, { stream: true });
    const lines = text.split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines)
      if (line) {
        JSON.parse(line);
        count++;
      }
  }
  if (carry) {
    JSON.parse(carry);
    count++;
  }
  return count;
}
{
  const N = 1_000_000;
  const chunks = [...lazyChunks(N)];
  const bytes = chunks.reduce((a, c) => a + c.length, 0);
  print(
    `NDJSON: ${N.toLocaleString('en')} progress events, ${(bytes / 1e6).toFixed(0)} MB in ${chunks.length} chunks`,
  );
  let good = 0;
  // Baseline and reader alternate, so that load on the machine hits both alike.
  const baseTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let r = 0; r < 3; r++) {
    baseTimes.push(
      await medianAsync(async () => {
        await baselineLoop(chunks);
      }, 1),
    );
    ourTimes.push(
      await medianAsync(async () => {
        const reader = readEventsNdjson(chunks);
        for await (const _ of reader) {
          /* consume */
        }
        good = reader.counts.good;
      }, 1),
    );
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const base = mid(baseTimes);
  const ours = mid(ourTimes);
  if (good !== N) throw new Error(`expected ${N} good events, read ${good}`);
  print(
    `${'readEventsNdjson, 1M events'.padEnd(44)} bare loop ${ms(base).padStart(9)}  ours ${ms(ours).padStart(10)}  ratio ${(ours / base).toFixed(2)}× (target ≤ 2×) ${ours / base <= 2 ? 'OK' : 'OVER'}`,
  );
  chunks.length = 0;
}

// --- 4. memory of the NDJSON reader ------------------------------------------------
async function peakHeap(n: number): Promise<number> {
  gc();
  const start = process.memoryUsage().heapUsed;
  let peak = 0;
  const reader = readEventsNdjson(lazyChunks(n));
  let k = 0;
  for await (const _ of reader) {
    // Live heap (after a full collection) every 50,000 events.
    if (++k % 50_000 === 0) {
      gc();
      const used = process.memoryUsage().heapUsed - start;
      if (used > peak) peak = used;
    }
  }
  return peak;
}
{
  const m100k = await peakHeap(100_000);
  const m1m = await peakHeap(1_000_000);
  print(
    `NDJSON reader live heap growth (after GC, sampled): 100k events ${(m100k / 1e6).toFixed(1)} MB, 1M events ${(m1m / 1e6).toFixed(1)} MB (ratio ${(m1m / m100k).toFixed(2)}; flat ≈ 1)`,
  );
}

// --- 5. 100 MB input ------------------------------------------------------------------
{
  const big = unitTree(820_000);
  const text = stringifyUnitTree(big);
  print(`large document: ${(text.length / 1e6).toFixed(0)} M chars`);
  const base = median(() => JSON.parse(text), 3);
  const ours = median(() => parseJson(text), 3);
  row(`parseJson, ${(text.length / 1e6).toFixed(0)} M chars`, base, ours, 4);
}
