import { isValidIsoDate } from '@rollout/core';
import { parseJson } from '@rollout/json';
import type { Context } from 'hono';
import type { ReportService } from '../service/service.js';
import type { TokenRecord } from '../service/tokens.js';
import { readText } from './body.js';
import { HttpError, serviceIssue } from './issues.js';

/** The variables a request carries once its token is checked. */
export type Env = { Variables: { token: TokenRecord } };

/** What the route modules share: the service, the limits, and the body limit of a request. */
export interface RouteContext {
  readonly service: ReportService;
  readonly limits: {
    readonly ratePerMinute: number;
    readonly adminRatePerMinute: number;
    readonly maxEventBytes: number;
    readonly maxBatchBytes: number;
    readonly maxBatchLines: number;
    readonly maxUploadBytes: number;
  };
  /** The body limit of a request: the token's own, else the route's. */
  bodyLimit(c: Context<Env>, routeLimit: number): number;
}

export const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const NDJSON = /^application\/(?:x-ndjson|ndjson|jsonl|x-jsonlines)\b/i;
export const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

export const badQuery = (name: string, detail: string, detailVi: string) =>
  new HttpError(400, 'invalid-query', [
    serviceIssue('request/invalid-query', { name, detail, detailVi }),
  ]);
export const badBody = (detail: string, detailVi: string, path: (string | number)[] = []) =>
  new HttpError(422, 'invalid-body', [
    serviceIssue('request/invalid-body', { detail, detailVi }, path),
  ]);

/** The `today` query parameter: a real ISO date, or the service's today. */
export function todayParam(c: Context, service: ReportService): string {
  const today = c.req.query('today');
  if (today === undefined) return service.today();
  if (!isValidIsoDate(today))
    throw badQuery('today', 'a real date as YYYY-MM-DD', 'một ngày có thật dạng YYYY-MM-DD');
  return today;
}

/** Reads a JSON object body; 415 unless declared JSON, 400 unless it reads. */
export async function jsonObject(c: Context, limit: number): Promise<Record<string, unknown>> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? ''))
    throw new HttpError(415, 'unsupported-media-type', [serviceIssue('request/not-json')]);
  const text = await readText(c, limit);
  const json = parseJson(text);
  if (!json.success) throw new HttpError(400, 'invalid-json', json.issues);
  const value = json.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw badBody('the body must be a JSON object', 'nội dung phải là một đối tượng JSON');
  return value as Record<string, unknown>;
}

/** An id field of a body: present, a string, of the service's id form. */
export function idField(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== 'string' || !ID.test(v))
    throw badBody(
      `${key} must be an id (letters, digits, . _ -; at most 100)`,
      `${key} phải là một mã (chữ, số, . _ -; tối đa 100 ký tự)`,
      [key],
    );
  return v;
}

export function optionalPositive(body: Record<string, unknown>, key: string): number | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 1_000_000_000)
    throw badBody(`${key} must be a whole number ≥ 1`, `${key} phải là số nguyên ≥ 1`, [key]);
  return v;
}
