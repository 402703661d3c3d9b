import { renderDocumentFormats } from './document.js';
import { renderIcsFormat } from './ics.js';
import { renderJsonFormat } from './json.js';
import type { Renderer } from './types.js';

/** The formats of `rollout render --to`, each owned by one module. */
export const RENDERERS: Record<string, Renderer> = {
  json: renderJsonFormat,
  md: renderDocumentFormats,
  html: renderDocumentFormats,
  txt: renderDocumentFormats,
  docx: renderDocumentFormats,
  ics: renderIcsFormat,
};
