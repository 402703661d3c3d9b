import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `rollout schedule`: not implemented yet (its issue is open). */
export async function scheduleCommand(_args: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('rollout schedule is not available yet.');
}
