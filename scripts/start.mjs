// `pnpm start`: the main job, run by the node-quickstart example on the built packages.
import { spawnSync } from 'node:child_process';

const r = spawnSync('pnpm', ['--filter', '@rollout/example-node-quickstart', 'run', 'start'], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
