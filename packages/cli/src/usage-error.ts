/**
 * A command line or an input that cannot be used at all (exit code 2).
 *
 * @category CLI
 */
export class UsageError extends Error {
  /** The error's name, `'UsageError'`. */
  override readonly name = 'UsageError';
}
