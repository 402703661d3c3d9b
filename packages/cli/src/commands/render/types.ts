import type { CommonOptions } from '../../args.js';
import type { CliIo } from '../../io.js';

/** What a renderer of `rollout render` gets. */
export interface RenderContext {
  readonly file: string;
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly common: CommonOptions;
  readonly io: CliIo;
}

/** Renders a plan file in one format; returns the exit code. */
export type Renderer = (ctx: RenderContext) => Promise<number>;
