/**
 * `@rollout/json`: the versioned JSON file format of Rollout plans, with
 * migrations, safe and fast readers, JSON Schema files and NDJSON streaming.
 *
 * @packageDocumentation
 */

// --- Calendar files ----------------------------------------------------------
export type { ParseCalendarJsonResult } from './calendar.js';
export {
  CALENDAR_FORMAT,
  CALENDAR_FORMAT_VERSION,
  CalendarFileSchema,
  parseCalendarJson,
} from './calendar.js';
// --- Model: the file format -----------------------------------------------
export type { PlanEnvelope } from './envelope.js';
export { PLAN_FORMAT, PLAN_FORMAT_VERSION, PlanEnvelopeSchema } from './envelope.js';
// --- Validation: reading ----------------------------------------------------
export type {
  AnyIssue,
  JsonIssue,
  JsonIssueCode,
  JsonIssueParamsByCode,
  TextPosition,
} from './issues.js';
export { createJsonIssue, JSON_ISSUE_CODES } from './issues.js';
// --- JSON Schema ------------------------------------------------------------
export type { JsonSchemaFiles } from './json-schema.js';
export { generateJsonSchemas } from './json-schema.js';
export type { MigrateResult, Migration } from './migrations.js';
export { MIGRATIONS, migratePlanObject } from './migrations.js';
// --- NDJSON streaming -------------------------------------------------------
export type {
  CollectedNdjson,
  NdjsonCounts,
  NdjsonEntry,
  NdjsonRecordCheck,
  NdjsonSource,
  ReadableStreamLike,
  ReadNdjsonOptions,
  StreamReaderLike,
  WriteNdjsonOptions,
} from './ndjson.js';
export {
  collectNdjson,
  NdjsonReader,
  readEventsNdjson,
  readNdjson,
  readUnitsNdjson,
  writeNdjson,
} from './ndjson.js';
export type {
  ParseJsonOptions,
  ParseJsonResult,
  ParsePlanJsonOptions,
  ParsePlanJsonResult,
  ParseUnitTreeJsonResult,
} from './parse.js';
export { parseJson, parsePlanJson, parseUnitTreeJson } from './parse.js';
export type { StringifyOptions } from './stringify.js';
export { stringifyPlan, stringifyUnitTree } from './stringify.js';
// --- Validation: bytes ------------------------------------------------------
export type { DecodeUtf8Result } from './utf8.js';
export { decodeUtf8 } from './utf8.js';
