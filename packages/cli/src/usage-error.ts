import type { IssueBase } from '@rollout/core';
import { createCliIssue } from './issues.js';

/**
 * Options of {@link UsageError}.
 *
 * @example
 * ```ts
 * const options: UsageErrorOptions = { list: true };
 * new UsageError('plan.json: not a plan', options).list; // => true
 * ```
 * @category CLI
 */
export interface UsageErrorOptions {
  /** The issues that make the input unusable (default: one `cli/usage` issue holding the message). */
  readonly issues?: readonly IssueBase[];
  /** Whether the text output lists the issues before the message (default `false`: the message says it all). */
  readonly list?: boolean;
}

/**
 * A command line or an input that cannot be used at all (exit code 2).
 *
 * @remarks `runCli` prints it: with `--format json` as the one document
 * `{ "error": { "code", "message" }, "issues": [...] }` on standard output,
 * otherwise as a message on standard error.
 * @example
 * ```ts
 * new UsageError('--today must be a date').issues[0]?.code; // => 'cli/usage'
 * ```
 * @category CLI
 */
export class UsageError extends Error {
  /** The error's name, `'UsageError'`. */
  override readonly name = 'UsageError';
  /** The issues that make the input unusable; never empty. */
  readonly issues: readonly IssueBase[];
  /** Whether the text output lists {@link UsageError.issues} before the message. */
  readonly list: boolean;
  /**
   * @param message - The message, in the language of `--lang`.
   * @param options - The issues, and whether the text output lists them.
   */
  constructor(message: string, options: UsageErrorOptions = {}) {
    super(message);
    this.issues =
      options.issues && options.issues.length > 0
        ? [...options.issues]
        : [createCliIssue('cli/usage', { detail: message })];
    this.list = options.list ?? false;
  }
}
