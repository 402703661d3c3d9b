import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `rollout import`: not implemented yet (its issue is open). */
export async function importCommand(_args: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('rollout import is not available yet.');
}
