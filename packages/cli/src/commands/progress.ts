import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `rollout progress`: not implemented yet (its issue is open). */
export async function progressCommand(_args: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('rollout progress is not available yet.');
}
