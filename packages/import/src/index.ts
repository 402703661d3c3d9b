/**
 * `@rollout/import`.
 *
 * @packageDocumentation
 */

/**
 * The version of this package's output format.
 *
 * @example
 * ```ts
 * PACKAGE_NAME; // => '@rollout/import'
 * ```
 */
export const PACKAGE_NAME = '@rollout/import';
