/**
 * `@rollout/docx`: a Rollout plan as a Word document (DOCX) in the official
 * Vietnamese layout, byte-for-byte deterministic, for Node and browsers.
 *
 * @packageDocumentation
 */

export type { RenderDocxOptions, RenderProgressDocxOptions } from './render-docx.js';
export { renderDocx, renderProgressDocx } from './render-docx.js';
