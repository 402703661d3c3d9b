/**
 * `@rollout/cli`: the `rollout` command line, also callable from code.
 *
 * @packageDocumentation
 */

export type { CliFileInfo, CliIo } from './io.js';
export { nodeIo } from './io.js';
export type { CliIssue, CliIssueCode, CliIssueParamsByCode } from './issues.js';
export { CLI_ISSUE_CODES } from './issues.js';
export { CLI_LIMITS } from './limits.js';
export { runCli } from './main.js';
export type { UsageErrorOptions } from './usage-error.js';
export { UsageError } from './usage-error.js';
