/**
 * `@rollout/docx`.
 *
 * @packageDocumentation
 */

/**
 * The version of this package's output format.
 *
 * @example
 * ```ts
 * PACKAGE_NAME; // => '@rollout/docx'
 * ```
 */
export const PACKAGE_NAME = '@rollout/docx';
