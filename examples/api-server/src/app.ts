import {
  hasErrors,
  type Issue,
  isValidIsoDate,
  type Plan,
  type ProgressEvent,
  parseProgressEvent,
  parseUnitTree,
  rollup,
  schedule,
  type Unit,
} from '@rollout/core';
import { renderHtml, renderMarkdown, renderText } from '@rollout/document';
import { renderDocx } from '@rollout/docx';
import { renderIcs } from '@rollout/ical';
import {
  type AnyIssue,
  decodeUtf8,
  type NdjsonCounts,
  parseJson,
  parsePlanJson,
  readEventsNdjson,
  stringifyPlan,
} from '@rollout/json';
import { type Context, Hono } from 'hono';
import { BodyTooLargeError, limitedChunks, readBodyBytes } from './body.js';
import { type QuerySpec, readQuery, requestIssue } from './query.js';

/** An issue of the HTTP layer, in the shape of Rollout's own issues. */
export type RequestIssue = Issue<string>;

/** The JSON body of every 4xx and 5xx answer. */
export interface ErrorBody {
  /** A stable, kebab-case error name (`invalid-json`, `invalid-utf8`, `invalid-plan`, `payload-too-large` …). */
  readonly error: string;
  /** What is wrong, where, in Vietnamese and English. */
  readonly issues?: readonly Issue<string>[];
}

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The largest request body accepted, in bytes (default 2 MiB). */
  readonly maxBodyBytes?: number;
}

/** One output format of `POST /render?to=…`. */
interface RenderFormat {
  readonly contentType: string;
  readonly extension: string;
  readonly render: (plan: Plan, lang: 'vi' | 'en') => Promise<string | Uint8Array>;
}

/** The formats `POST /render` offers; each appears as its package lands. */
export const RENDER_FORMATS: Readonly<Record<string, RenderFormat>> = {
  json: {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    render: async (plan) => stringifyPlan(plan, { pretty: true }),
  },
  md: {
    contentType: 'text/markdown; charset=utf-8',
    extension: 'md',
    render: async (plan, lang) => renderMarkdown(plan, { lang }),
  },
  html: {
    contentType: 'text/html; charset=utf-8',
    extension: 'html',
    render: async (plan, lang) => renderHtml(plan, { lang }),
  },
  txt: {
    contentType: 'text/plain; charset=utf-8',
    extension: 'txt',
    render: async (plan, lang) => renderText(plan, { lang }),
  },
  ics: {
    contentType: 'text/calendar; charset=utf-8',
    extension: 'ics',
    render: async (plan, lang) => renderIcs(plan, { lang, schedule: schedule(plan) }),
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    render: (plan, lang) => renderDocx(plan, { lang }),
  },
};

/** Issues about the text itself (not JSON, too deep …): the request is malformed (400). */
const TEXT_ISSUES = new Set([
  'json/syntax',
  'json/unsafe-number',
  'json/lone-surrogate',
  'json/too-deep',
  'json/too-large',
]);

/** A real calendar date, `YYYY-MM-DD` (core's `isValidIsoDate`: 2020-02-31 is none). */
const DATE = {
  accepts: isValidIsoDate,
  expected: { vi: 'một ngày có thật dạng YYYY-MM-DD', en: 'a real date as YYYY-MM-DD' },
} as const;

/** The query parameters of each route: every one is checked by `readQuery`, the same way. */
const QUERIES = {
  schedule: { today: DATE },
  render: {
    to: {
      required: true,
      accepts: (to: string) => Object.hasOwn(RENDER_FORMATS, to),
      expected: {
        vi: `một trong: ${Object.keys(RENDER_FORMATS).join(', ')}`,
        en: `one of: ${Object.keys(RENDER_FORMATS).join(', ')}`,
      },
      refused: (to: string) => ({
        error: 'unknown-format',
        issues: [
          requestIssue(
            'request/unknown-format',
            `Không hỗ trợ định dạng "${to.slice(0, 100)}"; chọn một trong: ${Object.keys(RENDER_FORMATS).join(', ')}.`,
            `Unknown format "${to.slice(0, 100)}"; use one of: ${Object.keys(RENDER_FORMATS).join(', ')}.`,
            { to: to.slice(0, 100), allowed: Object.keys(RENDER_FORMATS).join(', ') },
            ['query', 'to'],
          ),
        ],
      }),
    },
    lang: {
      accepts: (lang: string) => lang === 'vi' || lang === 'en',
      expected: { vi: 'vi hoặc en', en: 'vi or en' },
    },
  },
  none: {},
} as const satisfies Record<string, QuerySpec>;

/** The routes, the methods they allow (for 405 and for `GET /`) and their query parameters. */
const ROUTES: Readonly<Record<string, { methods: readonly string[]; query: QuerySpec }>> = {
  '/': { methods: ['GET'], query: QUERIES.none },
  '/validate': { methods: ['POST'], query: QUERIES.none },
  '/schedule': { methods: ['POST'], query: QUERIES.schedule },
  '/progress': { methods: ['POST'], query: QUERIES.none },
  '/events': { methods: ['POST'], query: QUERIES.none },
  '/render': { methods: ['POST'], query: QUERIES.render },
};

/** The most bad lines `POST /events` lists (its counts still count them all). */
export const MAX_BAD_LINES_LISTED = 100;

/**
 * The API as a Hono app (no server attached: `serve({ fetch: app.fetch })` on
 * Node, or export it to any runtime Hono runs on).
 *
 * - `GET /` — the routes, their query parameters and the formats.
 * - `POST /validate` — body: a plan file (envelope or bare plan) → 200
 *   `{ valid: true, issues }`, or 422 `{ error: 'invalid-plan', valid: false, issues }`.
 * - `POST /schedule[?today=YYYY-MM-DD]` — 200 `{ nodes, issues }` from
 *   `schedule()`: per tier, each activity's earliest and latest day, deadline,
 *   slack and feasibility; late units as of `today`.
 * - `POST /progress` — body `{ plan, events, units?, today? }` → 200 `{ progress,
 *   issues }`: the roll-up (`rollup()`) per tier and unit, late units as of
 *   `today`; events that cannot be read are left out and named in `issues`.
 * - `POST /events` — body: an NDJSON events file → 200 `{ valid, counts, bad }`,
 *   read by `readEventsNdjson` as the body streams in.
 * - `POST /render?to=json|md|html|txt|docx|ics[&lang=vi|en]` — the plan written out (200), 422 when
 *   invalid, 400 for an unknown format.
 *
 * Every query parameter is checked one way (`readQuery`): known to the route,
 * given once, not empty, a valid value (dates by core's `isValidIsoDate`).
 * Bodies are read under `maxBodyBytes` (the declared length is checked first;
 * a longer stream is cancelled, never buffered whole), decoded as strict
 * UTF-8 (`decodeUtf8`) and read by `@rollout/json` (`parsePlanJson`,
 * `parseJson`, `readEventsNdjson`): the library's limits, codes and messages.
 * Every error is JSON `{ error, issues? }`: 400 unreadable JSON, bytes that
 * are not UTF-8 or a bad query, 413 body too large, 415 not JSON, 404 unknown
 * route, 405 wrong method, 500 otherwise.
 */
export function createApp(options: AppOptions = {}): Hono {
  const maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const app = new Hono();

  // Answers are data, never pages to run: no sniffing, and rendered HTML may
  // style itself but never run scripts or load anything.
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    }
  });

  const tooLarge = (c: Context) =>
    c.json(
      {
        error: 'payload-too-large',
        issues: [
          requestIssue(
            'request/too-large',
            `Nội dung yêu cầu vượt quá ${maxBodyBytes} byte.`,
            `The request body is larger than ${maxBodyBytes} bytes.`,
            { limit: String(maxBodyBytes) },
          ),
        ],
      } satisfies ErrorBody,
      413,
    );

  /** Answers 415 unless the body is declared as JSON (or, with `ndjson`, as NDJSON). */
  function declaredAs(c: Context, kind: 'json' | 'ndjson'): Response | undefined {
    const type = c.req.header('content-type') ?? '';
    const ok =
      kind === 'json'
        ? /^application\/(?:[\w.+-]+\+)?json\b/i.test(type)
        : /^application\/(?:x-)?ndjson\b/i.test(type);
    if (ok) return undefined;
    const [vi, en] =
      kind === 'json'
        ? [
            'Nội dung yêu cầu phải là JSON (Content-Type: application/json).',
            'The request body must be JSON (Content-Type: application/json).',
          ]
        : [
            'Nội dung yêu cầu phải là NDJSON, mỗi dòng một sự kiện (Content-Type: application/x-ndjson).',
            'The request body must be NDJSON, one event a line (Content-Type: application/x-ndjson).',
          ];
    return c.json(
      {
        error: 'unsupported-media-type',
        issues: [
          requestIssue(kind === 'json' ? 'request/not-json' : 'request/not-ndjson', vi, en, {
            contentType: type.slice(0, 100),
          }),
        ],
      } satisfies ErrorBody,
      415,
    );
  }

  /** The query of a route, or the 400 answer. */
  function query(
    c: Context,
    path: keyof typeof ROUTES,
  ): Readonly<Record<string, string>> | Response {
    const read = readQuery(c.req.url, ROUTES[path]?.query ?? QUERIES.none);
    if ('values' in read) return read.values;
    return c.json({ error: read.error, issues: read.issues } satisfies ErrorBody, 400);
  }

  /** The body as JSON text: declared as JSON, under the limit, strict UTF-8; else the 4xx answer. */
  async function jsonText(c: Context): Promise<string | Response> {
    const notJson = declaredAs(c, 'json');
    if (notJson) return notJson;
    let bytes: Uint8Array;
    try {
      bytes = await readBodyBytes(c.req.raw, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return tooLarge(c);
      throw error;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.success) {
      return c.json(
        { error: 'invalid-utf8', issues: [...decoded.issues] } satisfies ErrorBody,
        400,
      );
    }
    return decoded.text;
  }

  /** Reads the body as JSON and then as a plan; answers 4xx itself when it cannot. */
  async function readPlan(c: Context): Promise<{ plan: Plan; issues: AnyIssue[] } | Response> {
    const text = await jsonText(c);
    if (text instanceof Response) return text;
    const result = parsePlanJson(text);
    if (!result.success) {
      const malformed = result.issues.some(
        (i) => i.severity === 'error' && TEXT_ISSUES.has(i.code),
      );
      return malformed
        ? c.json({ error: 'invalid-json', issues: result.issues } satisfies ErrorBody, 400)
        : c.json({ error: 'invalid-plan', valid: false, issues: result.issues }, 422);
    }
    return { plan: result.data, issues: result.issues };
  }

  app.get('/', (c) => {
    const q = query(c, '/');
    if (q instanceof Response) return q;
    return c.json({
      name: 'Rollout API',
      routes: Object.entries(ROUTES).map(([path, route]) => ({
        path,
        methods: route.methods,
        query: Object.keys(route.query),
      })),
      renderFormats: Object.keys(RENDER_FORMATS),
    });
  });

  app.post('/validate', async (c) => {
    const q = query(c, '/validate');
    if (q instanceof Response) return q;
    const read = await readPlan(c);
    if (read instanceof Response) return read;
    return c.json({ valid: true, issues: read.issues });
  });

  app.post('/schedule', async (c) => {
    const q = query(c, '/schedule');
    if (q instanceof Response) return q;
    const read = await readPlan(c);
    if (read instanceof Response) return read;
    const today = q.today;
    const result = schedule(read.plan, today === undefined ? {} : { today });
    return c.json({ nodes: result.nodes, issues: result.issues });
  });

  app.post('/progress', async (c) => {
    const q = query(c, '/progress');
    if (q instanceof Response) return q;
    const text = await jsonText(c);
    if (text instanceof Response) return text;
    const json = parseJson(text);
    if (json.value === undefined || json.issues.some((i) => TEXT_ISSUES.has(i.code))) {
      return c.json({ error: 'invalid-json', issues: json.issues } satisfies ErrorBody, 400);
    }
    const body = json.value;
    if (
      body === null ||
      typeof body !== 'object' ||
      Array.isArray(body) ||
      !Object.hasOwn(body, 'plan') ||
      !Array.isArray((body as { events?: unknown }).events)
    ) {
      return c.json(
        {
          error: 'invalid-body',
          issues: [
            requestIssue(
              'request/invalid-body',
              'Nội dung phải là { plan, events, units?, today? } với events là một mảng.',
              'The body must be { plan, events, units?, today? } with events an array.',
            ),
          ],
        } satisfies ErrorBody,
        422,
      );
    }
    const input = body as { plan: unknown; events: unknown[]; units?: unknown; today?: unknown };
    // Warnings of the text (a duplicate key) stay with the answer.
    const issues: AnyIssue[] = [...json.issues];
    const read = parsePlanJson(JSON.stringify(input.plan));
    const under = (prefix: (string | number)[], list: readonly AnyIssue[]) =>
      list.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
    if (!read.success) {
      return c.json({ error: 'invalid-plan', issues: under(['plan'], read.issues) }, 422);
    }
    let units: Unit[] = [];
    if (input.units !== undefined) {
      const tree = parseUnitTree(input.units);
      if (!tree.units || hasErrors(tree.issues)) {
        return c.json({ error: 'invalid-units', issues: under(['units'], tree.issues) }, 422);
      }
      units = tree.units;
      issues.push(...under(['units'], tree.issues));
    }
    const today = input.today;
    if (today !== undefined && !isValidIsoDate(today)) {
      return c.json(
        {
          error: 'invalid-body',
          issues: [
            requestIssue(
              'request/invalid-body',
              'today phải là một ngày có thật dạng YYYY-MM-DD.',
              'today must be a real date as YYYY-MM-DD.',
              {},
              ['today'],
            ),
          ],
        } satisfies ErrorBody,
        422,
      );
    }
    const events: ProgressEvent[] = [];
    input.events.forEach((e, i) => {
      const parsed = parseProgressEvent(e, ['events', i]);
      if (parsed.success) events.push(parsed.data);
      else issues.push(...parsed.issues);
    });
    const progress = rollup(read.data, events, {
      units,
      ...(today === undefined ? {} : { today }),
    }).toJSON();
    return c.json({ progress, issues });
  });

  app.post('/events', async (c) => {
    const q = query(c, '/events');
    if (q instanceof Response) return q;
    const notNdjson = declaredAs(c, 'ndjson');
    if (notNdjson) return notNdjson;
    // Read as the body streams in: each line decoded as strict UTF-8 and
    // checked as `parseProgressEvent` does; bad lines are listed, not fatal.
    const reader = readEventsNdjson(limitedChunks(c.req.raw, maxBodyBytes));
    const bad: { line: number; issues: readonly AnyIssue[] }[] = [];
    try {
      for await (const entry of reader) {
        if (!entry.ok && bad.length < MAX_BAD_LINES_LISTED)
          bad.push({ line: entry.line, issues: entry.issues });
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) return tooLarge(c);
      throw error;
    }
    const counts: NdjsonCounts = reader.counts;
    return c.json({ valid: counts.bad === 0, counts, bad });
  });

  app.post('/render', async (c) => {
    const q = query(c, '/render');
    if (q instanceof Response) return q;
    const format = RENDER_FORMATS[q.to ?? ''] as RenderFormat;
    const lang = q.lang === 'en' ? 'en' : 'vi';
    const read = await readPlan(c);
    if (read instanceof Response) return read;
    const body = await format.render(read.plan, lang);
    const name =
      read.plan.header.reference.replaceAll('/', '-').replace(/[^\p{L}\p{N}.-]+/gu, '') || 'plan';
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
      'content-type': format.contentType,
      'content-disposition': `attachment; filename="${encodeURIComponent(name)}.${format.extension}"`,
    });
  });

  for (const [path, route] of Object.entries(ROUTES)) {
    const methods = route.methods;
    app.all(path, (c) => {
      c.header('allow', methods.join(', '));
      return c.json(
        {
          error: 'method-not-allowed',
          issues: [
            requestIssue(
              'request/method-not-allowed',
              `${path} chỉ nhận ${methods.join(', ')}.`,
              `${path} accepts ${methods.join(', ')} only.`,
              { method: c.req.method, allowed: methods.join(', ') },
            ),
          ],
        } satisfies ErrorBody,
        405,
      );
    });
  }

  app.notFound((c) =>
    c.json(
      {
        error: 'not-found',
        issues: [
          requestIssue(
            'request/not-found',
            `Không có đường dẫn ${c.req.path.slice(0, 200)}.`,
            `No route ${c.req.path.slice(0, 200)}.`,
            { path: c.req.path.slice(0, 200) },
          ),
        ],
      } satisfies ErrorBody,
      404,
    ),
  );
  app.onError((_error, c) => c.json({ error: 'internal-error' } satisfies ErrorBody, 500));
  return app;
}
