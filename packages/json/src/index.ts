/**
 * `@rollout/json`.
 *
 * @packageDocumentation
 */

/**
 * The version of this package's output format.
 *
 * @example
 * ```ts
 * PACKAGE_NAME; // => '@rollout/json'
 * ```
 */
export const PACKAGE_NAME = '@rollout/json';
