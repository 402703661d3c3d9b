import { t } from '../../lang.js';
import { UsageError } from '../../usage-error.js';
import type { RenderContext } from './types.js';

/**
 * Writes a rendering to `-o <file>`, or text to standard output. A file that
 * cannot be written is a usage error (exit 2) naming the file.
 */
export async function writeRendered(
  ctx: RenderContext,
  data: string | Uint8Array,
): Promise<number> {
  const out = typeof ctx.values.out === 'string' ? ctx.values.out : undefined;
  if (out === undefined) {
    if (typeof data !== 'string') throw new UsageError('binary output needs -o <file>');
    ctx.io.stdout(data);
    return 0;
  }
  try {
    await ctx.io.writeFile(out, data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      t(ctx.common.lang, `Không ghi được tệp ${out}: ${reason}`, `Cannot write ${out}: ${reason}`),
    );
  }
  return 0;
}
