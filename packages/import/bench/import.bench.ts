// `pnpm bench import`: throughput of importPlans.
//
// Times importPlans on the full plan 985-KH/HNDT (corpus 001) and on ~5 MB of
// mixed text (the plan repeated with long prose and unbroken lines), against a
// baseline measured in the same run on the same text: NFD → NFC normalisation,
// lower-casing and splitting into lines — the floor any reader of the text pays.
// Prints times, MB/s and the ratio to the baseline. Target: linear (the 5 MB
// ratio no worse than 2× the single-plan ratio).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importPlans } from '../src/index.js';

const plan = readFileSync(
  resolve(
    process.env.ROLLOUT_CORPUS ?? resolve(import.meta.dirname, '../../../../shared/corpus'),
    '001_c4a0ee48a2404adc.txt',
  ),
  'utf8',
);
const chunk = `${plan}\n${'Sau hội nghị '.repeat(2000)}\n${'a'.repeat(20000)}\n`;
let big = '';
while (big.length < 5_000_000) big += chunk;

const time = (fn: () => void, runs: number) => {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
};
const baseline = (text: string) => () => {
  const lines = text.normalize('NFD').normalize('NFC').toLowerCase().split('\n');
  if (lines.length < 0) throw new Error('unreachable');
};

for (const [name, text, runs] of [
  ['985-KH/HNDT (11 KB)', plan, 200],
  ['5 MB mixed', big, 3],
] as const) {
  const ours = time(() => importPlans(text, { validate: false }), runs);
  const base = time(baseline(text), runs);
  const mb = text.length / 2 ** 20;
  console.log(
    `${name}: importPlans ${ours.toFixed(2)} ms (${(mb / (ours / 1000)).toFixed(1)} MB/s), baseline ${base.toFixed(2)} ms, ratio ${(ours / base).toFixed(1)}×`,
  );
}
