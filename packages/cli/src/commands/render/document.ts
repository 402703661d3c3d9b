import { UsageError } from '../../usage-error.js';
import type { RenderContext } from './types.js';

/** Not implemented yet (its issue is open). */
export async function renderDocumentFormats(ctx: RenderContext): Promise<number> {
  throw new UsageError(`rendering to ${String(ctx.values.to)} is not available yet.`);
}
