/**
 * `@rollout/ical`.
 *
 * @packageDocumentation
 */

/**
 * The version of this package's output format.
 *
 * @example
 * ```ts
 * PACKAGE_NAME; // => '@rollout/ical'
 * ```
 */
export const PACKAGE_NAME = '@rollout/ical';
