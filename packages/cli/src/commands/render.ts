import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** `rollout render`: not implemented yet (its issue is open). */
export async function renderCommand(_args: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('rollout render is not available yet.');
}
