import {
  hasErrors,
  type Issue,
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
import { parseJson, parsePlanJson, stringifyPlan } from '@rollout/json';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** An issue of the HTTP layer, in the shape of Rollout's own issues. */
export type RequestIssue = Issue<string>;

/** The JSON body of every 4xx and 5xx answer. */
export interface ErrorBody {
  /** A stable, kebab-case error name (`invalid-json`, `invalid-plan`, `payload-too-large` …). */
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

/** The routes and the methods they allow (for 405 and for `GET /`). */
const ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/': ['GET'],
  '/validate': ['POST'],
  '/schedule': ['POST'],
  '/progress': ['POST'],
  '/render': ['POST'],
};

function requestIssue(
  code: string,
  vi: string,
  en: string,
  params: Record<string, string> = {},
): RequestIssue {
  return { code, severity: 'error', path: [], params, message: { vi, en } };
}

/**
 * The API as a Hono app (no server attached: `serve({ fetch: app.fetch })` on
 * Node, or export it to any runtime Hono runs on).
 *
 * - `GET /` — the routes and formats.
 * - `POST /validate` — body: a plan file (envelope or bare plan) → 200
 *   `{ valid: true, issues }`, or 422 `{ error: 'invalid-plan', valid: false, issues }`.
 * - `POST /schedule[?today=YYYY-MM-DD]` — 200 `{ nodes, issues }` from
 *   `schedule()`: per tier, each activity's earliest and latest day, deadline,
 *   slack and feasibility; late units as of `today`.
 * - `POST /progress` — body `{ plan, events, units?, today? }` → 200 `{ progress,
 *   issues }`: the roll-up (`rollup()`) per tier and unit, late units as of
 *   `today`; events that cannot be read are left out and named in `issues`.
 * - `POST /render?to=json|md|html|txt|docx|ics[&lang=vi|en]` — the plan written out (200), 422 when
 *   invalid, 400 for an unknown format.
 *
 * Plan files are read by `parsePlanJson` (envelope or bare plan, older versions
 * upgraded). Every error is JSON `{ error, issues? }`: 400 unreadable JSON, 413 body too
 * large, 415 not JSON, 404 unknown route, 405 wrong method, 500 otherwise.
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
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
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
        ),
    }),
  );

  /** Answers 415 unless the body is declared as JSON. */
  function jsonOnly(c: Context): Response | undefined {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
      return c.json(
        {
          error: 'unsupported-media-type',
          issues: [
            requestIssue(
              'request/not-json',
              'Nội dung yêu cầu phải là JSON (Content-Type: application/json).',
              'The request body must be JSON (Content-Type: application/json).',
              { contentType: type },
            ),
          ],
        } satisfies ErrorBody,
        415,
      );
    }
    return undefined;
  }

  /** Reads the body as JSON and then as a plan; answers 4xx itself when it cannot. */
  async function readPlan(c: Context): Promise<{ plan: Plan; issues: Issue<string>[] } | Response> {
    const notJson = jsonOnly(c);
    if (notJson) return notJson;
    const text = await c.req.text();
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

  app.get('/', (c) =>
    c.json({
      name: 'Rollout API',
      routes: Object.entries(ROUTES).map(([path, methods]) => ({ path, methods })),
      renderFormats: Object.keys(RENDER_FORMATS),
    }),
  );

  app.post('/validate', async (c) => {
    const read = await readPlan(c);
    if (read instanceof Response) return read;
    return c.json({ valid: true, issues: read.issues });
  });

  app.post('/schedule', async (c) => {
    const read = await readPlan(c);
    if (read instanceof Response) return read;
    const today = c.req.query('today');
    if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
      return c.json(
        {
          error: 'invalid-query',
          issues: [
            requestIssue(
              'request/invalid-query',
              `Tham số today phải là ngày dạng YYYY-MM-DD.`,
              `The today parameter must be a date as YYYY-MM-DD.`,
              { today },
            ),
          ],
        } satisfies ErrorBody,
        400,
      );
    }
    const result = schedule(read.plan, today === undefined ? {} : { today });
    return c.json({ nodes: result.nodes, issues: result.issues });
  });

  app.post('/progress', async (c) => {
    const notJson = jsonOnly(c);
    if (notJson) return notJson;
    const json = parseJson(await c.req.text());
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
    const issues: Issue<string>[] = [];
    const read = parsePlanJson(JSON.stringify(input.plan));
    const under = (prefix: (string | number)[], list: readonly Issue<string>[]) =>
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
    if (today !== undefined && (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today))) {
      return c.json(
        {
          error: 'invalid-body',
          issues: [
            requestIssue(
              'request/invalid-body',
              'today phải là ngày dạng YYYY-MM-DD.',
              'today must be a date as YYYY-MM-DD.',
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
      ...(typeof today === 'string' ? { today } : {}),
    }).toJSON();
    return c.json({ progress, issues });
  });

  app.post('/render', async (c) => {
    const to = c.req.query('to') ?? '';
    const format = Object.hasOwn(RENDER_FORMATS, to) ? RENDER_FORMATS[to] : undefined;
    if (!format) {
      return c.json(
        {
          error: 'unknown-format',
          issues: [
            requestIssue(
              'request/unknown-format',
              `Không hỗ trợ định dạng "${to}"; chọn một trong: ${Object.keys(RENDER_FORMATS).join(', ')}.`,
              `Unknown format "${to}"; use one of: ${Object.keys(RENDER_FORMATS).join(', ')}.`,
              { to, allowed: Object.keys(RENDER_FORMATS).join(', ') },
            ),
          ],
        } satisfies ErrorBody,
        400,
      );
    }
    const lang = c.req.query('lang') ?? 'vi';
    if (lang !== 'vi' && lang !== 'en') {
      return c.json(
        {
          error: 'invalid-query',
          issues: [
            requestIssue(
              'request/invalid-query',
              'Tham số lang phải là vi hoặc en.',
              'The lang parameter must be vi or en.',
              { lang },
            ),
          ],
        } satisfies ErrorBody,
        400,
      );
    }
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

  for (const [path, methods] of Object.entries(ROUTES)) {
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
            `Không có đường dẫn ${c.req.path}.`,
            `No route ${c.req.path}.`,
            {
              path: c.req.path,
            },
          ),
        ],
      } satisfies ErrorBody,
      404,
    ),
  );
  app.onError((_error, c) => c.json({ error: 'internal-error' } satisfies ErrorBody, 500));
  return app;
}
