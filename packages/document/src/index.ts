/**
 * `@rollout/document`.
 *
 * @packageDocumentation
 */

/**
 * The version of this package's output format.
 *
 * @example
 * ```ts
 * PACKAGE_NAME; // => '@rollout/document'
 * ```
 */
export const PACKAGE_NAME = '@rollout/document';
