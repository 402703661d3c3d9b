/**
 * `@rollout/cli`: the `rollout` command line, also callable from code.
 *
 * @packageDocumentation
 */
export { runCli } from './main.js';
export { nodeIo } from './io.js';
export type { CliIo } from './io.js';
export { UsageError } from './usage-error.js';
