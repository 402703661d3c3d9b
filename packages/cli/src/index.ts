/**
 * `@rollout/cli`: the `rollout` command line, also callable from code.
 *
 * @packageDocumentation
 */

export type { CliIo } from './io.js';
export { nodeIo } from './io.js';
export { runCli } from './main.js';
export { UsageError } from './usage-error.js';
