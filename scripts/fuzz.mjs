// `pnpm fuzz`: the fuzz suite (packages/*/test/fuzz.test.ts) with many runs per property
// and a random seed, printed first so that a failure can be replayed:
//
//   pnpm fuzz                          # FUZZ_RUNS=1000 runs a property, a random seed
//   FUZZ_RUNS=5000 pnpm fuzz           # more runs
//   FUZZ_SEED=12345 pnpm fuzz          # replays the run that printed "fuzz seed: 12345"
//   pnpm fuzz packages/json            # only the files under a path
//
// CI runs the same files with a fixed seed and a few dozen runs each, inside the unit tests.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const given = Number.parseInt(process.env.FUZZ_SEED ?? '', 10);
const seed = Number.isInteger(given) && given > 0 ? given : randomInt(1, 2 ** 31 - 1);
const runs = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10) || 1000;
const paths = process.argv.slice(2);
console.log(`fuzz seed: ${seed}`);
console.log(`fuzz runs: ${runs} per property (FUZZ_RUNS)`);
console.log(
  `replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} pnpm fuzz${paths.map((p) => ` ${p}`).join('')}`,
);
const filters =
  paths.length > 0
    ? paths.map((p) => `${p.replace(/\/$/, '')}/test/fuzz.test`)
    : ['test/fuzz.test'];
const r = spawnSync(
  'pnpm',
  ['exec', 'vitest', 'run', '--testTimeout=0', '--hookTimeout=0', ...filters],
  {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs) },
  },
);
if (r.status !== 0) console.log(`fuzz failed; replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);
process.exit(r.status ?? 1);
