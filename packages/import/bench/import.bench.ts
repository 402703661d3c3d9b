// `pnpm bench import`: throughput of importPlans, and its scaling.
//
// 1. Throughput at 10 KB, 1 MB and 5 MB of the same real mix — every corpus
//    text in turn (plans and news), so that each size reads the same kinds of
//    text in the same proportions: at 10 KB the mix is read in pieces of 10 KB
//    (cut at line ends), at 1 MB and 5 MB as one text repeating it. Against a
//    baseline measured in the same run on the same text: NFC normalisation,
//    lower-casing and splitting into lines — the floor any reader of the text
//    pays. Target: throughput within 2× across the three sizes (linear).
// 2. Crafted lines of 1 MB (runs of digits, slashes, spaces, *ngày*, dates,
//    body names, quotes …) against the same line at 100 KB: ten times the text
//    takes about ten times as long when the work is linear, about a hundred
//    times when a pattern backtracks quadratically; the target is ≤ 30× (the
//    margin is the collector's, which works harder on a 1 MB line).
// Exit 1 when either target is missed. Times are the best of several runs.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importPlans } from '../src/index.js';

const corpusDir =
  process.env.ROLLOUT_CORPUS ?? resolve(import.meta.dirname, '../../../../shared/corpus');
const texts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(resolve(corpusDir, f), 'utf8'));

const cycle = texts.map((t) => `${t}\n\n`).join('');

/** The mix as pieces of at most `size` code units, each cut at a line end. */
function pieces(size: number): string[] {
  if (size >= cycle.length) {
    const out = cycle.repeat(Math.ceil(size / cycle.length));
    const cut = out.lastIndexOf('\n', size);
    return [out.slice(0, cut > 0 ? cut : size)];
  }
  const out: string[] = [];
  for (let at = 0; at < cycle.length; ) {
    let end = at + size >= cycle.length ? cycle.length : cycle.lastIndexOf('\n', at + size);
    if (end <= at) end = Math.min(cycle.length, at + size);
    out.push(cycle.slice(at, end));
    at = end;
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;
/** The best of `runs` timed runs after a warm-up, each after a collection (the bench runs with --expose-gc). */
const best = (fn: () => void, runs: number) => {
  fn();
  let b = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const t0 = performance.now();
    fn();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
};
const baseline = (text: string) => () => {
  const lines = text.normalize('NFD').normalize('NFC').toLowerCase().split('\n');
  if (lines.length < 0) throw new Error('unreachable');
};

let failed = false;
const rows: Array<{ name: string; mbps: number }> = [];
for (const [name, size, runs] of [
  ['10 KB', 10_000, 50],
  ['1 MB', 1_000_000, 5],
  ['5 MB', 5_000_000, 2],
] as const) {
  const parts = pieces(size);
  const length = parts.reduce((n, p) => n + p.length, 0);
  const ours = best(() => {
    for (const p of parts) importPlans(p, { validate: false });
  }, runs);
  const base = best(() => {
    for (const p of parts) baseline(p)();
  }, runs);
  const mbps = length / 2 ** 20 / (ours / 1000);
  rows.push({ name, mbps });
  console.log(
    `${name.padEnd(6)} (${parts.length} × ${Math.round(length / parts.length / 1000)} kB) importPlans ${ours.toFixed(1).padStart(8)} ms (${mbps.toFixed(2)} MB/s), baseline ${base.toFixed(1)} ms, ratio ${(ours / base).toFixed(1)}×`,
  );
}
const spread = Math.max(...rows.map((r) => r.mbps)) / Math.min(...rows.map((r) => r.mbps));
console.log(`throughput spread across sizes: ${spread.toFixed(2)}× (target ≤ 2×)`);
if (spread > 2) failed = true;

const LINES: Record<string, (n: number) => string> = {
  digits: (n) => '1'.repeat(n),
  slashes: (n) => '/'.repeat(n),
  'digits and slashes': (n) => '1/'.repeat(n / 2),
  dates: (n) => '15/9/2020 '.repeat(n / 10),
  spaces: (n) => `Hội nghị${' '.repeat(n)}ngày 5`,
  'ngày ngày': (n) => 'ngày '.repeat(n / 5),
  'ngày 1': (n) => 'ngày 1 '.repeat(n / 7),
  'tháng 1/': (n) => 'tháng 1/'.repeat(n / 8),
  'từ ngày 1 -': (n) => 'từ ngày 1 - '.repeat(n / 12),
  'trước ngày': (n) => 'trước ngày '.repeat(n / 11),
  dots: (n) => '1.'.repeat(n / 2),
  dashes: (n) => '1-'.repeat(n / 2),
  bodies: (n) => 'Ban Thường vụ Tỉnh ủy '.repeat(n / 22),
  'hội nghị sáng 9/9': (n) => 'hội nghị sáng 9/9 '.repeat(n / 18),
  'điểm cầu': (n) => 'hơn 600 điểm cầu '.repeat(n / 17),
  quotes: (n) => '“'.repeat(n),
  commas: (n) => ', '.repeat(n / 2),
};
let worst = 0;
for (const [name, make] of Object.entries(LINES)) {
  const small = make(100_000);
  const large = make(1_000_000);
  const ts = best(() => importPlans(small, { validate: false }), 5);
  const tl = best(() => importPlans(large, { validate: false }), 3);
  const ratio = tl / Math.max(ts, 1);
  worst = Math.max(worst, ratio);
  console.log(
    `1 MB line of ${name.padEnd(18)} ${tl.toFixed(0).padStart(6)} ms; 100 KB ${ts.toFixed(0).padStart(5)} ms; ×${ratio.toFixed(1)}`,
  );
}
console.log(
  `worst 1 MB / 100 KB ratio: ${worst.toFixed(1)}× (linear ≈ 10×, quadratic ≈ 100×, target ≤ 30×)`,
);
if (worst > 30) failed = true;
if (failed) {
  console.log('import bench: a target was missed');
  process.exit(1);
}
