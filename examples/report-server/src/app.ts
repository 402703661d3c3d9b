import { isValidIsoDate } from '@rollout/core';
import { parseJson } from '@rollout/json';
import { findProvince, safeUnitTree } from '@rollout/vn-units';
import { type Context, Hono } from 'hono';
import { requireAdmin, requireTree, scopeFor } from './http/access.js';
import { readBody, readText } from './http/body.js';
import { type AnyIssue, type ErrorBody, HttpError, serviceIssue } from './http/issues.js';
import { RateLimiter } from './http/rate-limit.js';
import { checkLive } from './service/check.js';
import { ingestBatch, ingestOne } from './service/ingest.js';
import { REPORT_FORMATS, type ReportFormatName, renderReport } from './service/report.js';
import type { ReportService } from './service/service.js';
import { subtreeResult } from './service/subtree.js';
import type { TokenRecord } from './service/tokens.js';

/** One line of the request log: never a token, a body or a query string. */
export interface LogEntry {
  /** When the request ended (ISO date-time, UTC). */
  readonly time: string;
  readonly method: string;
  /** The path, without the query string. */
  readonly path: string;
  readonly status: number;
  /** Milliseconds taken. */
  readonly ms: number;
  /** The id (never the secret) of the token used, when one was valid. */
  readonly token?: string;
  /** The error name of a 4xx or 5xx answer. */
  readonly error?: string;
}

/** The limits of {@link createApp}; a token's own limits override the per-token ones. */
export interface AppLimits {
  /** Requests per minute of a unit token without its own limit (default 600). */
  readonly ratePerMinute?: number;
  /** Requests per minute of an admin token without its own limit (default 6,000). */
  readonly adminRatePerMinute?: number;
  /** The largest single event body (default 64 KiB). */
  readonly maxEventBytes?: number;
  /** The largest NDJSON batch body (default 16 MiB). */
  readonly maxBatchBytes?: number;
  /** The most lines in one batch (default 50,000). */
  readonly maxBatchLines?: number;
  /** The largest body of an admin upload: a tree or a plan (default 64 MiB). */
  readonly maxUploadBytes?: number;
}

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The service (see `ReportService.open`). */
  readonly service: ReportService;
  /** Where request log lines go (default: nowhere). */
  readonly log?: (entry: LogEntry) => void;
  /** Limits. */
  readonly limits?: AppLimits;
  /** The clock of the rate limits, in ms (tests pass their own). */
  readonly now?: () => number;
}

type Env = { Variables: { token: TokenRecord } };

/** The routes and their methods, for `GET /`, 404 and 405. */
export const ROUTES: readonly { path: string; methods: readonly string[] }[] = [
  { path: '/', methods: ['GET'] },
  { path: '/health', methods: ['GET'] },
  { path: '/trees', methods: ['GET', 'POST'] },
  { path: '/trees/vn', methods: ['POST'] },
  { path: '/trees/vn/:province', methods: ['POST'] },
  { path: '/trees/:tree', methods: ['GET'] },
  { path: '/tokens', methods: ['GET', 'POST'] },
  { path: '/tokens/self', methods: ['GET'] },
  { path: '/tokens/:token', methods: ['DELETE'] },
  { path: '/plans', methods: ['GET', 'POST'] },
  { path: '/plans/:plan', methods: ['GET', 'PUT'] },
  { path: '/plans/:plan/versions', methods: ['GET'] },
  { path: '/plans/:plan/versions/:version', methods: ['GET'] },
  { path: '/plans/:plan/events', methods: ['GET', 'POST'] },
  { path: '/plans/:plan/rollup', methods: ['GET'] },
  { path: '/plans/:plan/units/:unit', methods: ['GET'] },
  { path: '/plans/:plan/report', methods: ['GET'] },
  { path: '/plans/:plan/check', methods: ['GET'] },
];

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const NDJSON = /^application\/(?:x-ndjson|ndjson|jsonl|x-jsonlines)\b/i;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

const badQuery = (name: string, detail: string, detailVi: string) =>
  new HttpError(400, 'invalid-query', [
    serviceIssue('request/invalid-query', { name, detail, detailVi }),
  ]);
const badBody = (detail: string, detailVi: string, path: (string | number)[] = []) =>
  new HttpError(422, 'invalid-body', [
    serviceIssue('request/invalid-body', { detail, detailVi }, path),
  ]);

/** The `today` query parameter: a real ISO date, or the service's today. */
function todayParam(c: Context, service: ReportService): string {
  const today = c.req.query('today');
  if (today === undefined) return service.today();
  if (!isValidIsoDate(today))
    throw badQuery('today', 'a real date as YYYY-MM-DD', 'một ngày có thật dạng YYYY-MM-DD');
  return today;
}

/** Reads a JSON object body; 415 unless declared JSON, 400 unless it reads. */
async function jsonObject(c: Context, limit: number): Promise<Record<string, unknown>> {
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
function idField(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== 'string' || !ID.test(v))
    throw badBody(
      `${key} must be an id (letters, digits, . _ -; at most 100)`,
      `${key} phải là một mã (chữ, số, . _ -; tối đa 100 ký tự)`,
      [key],
    );
  return v;
}

function optionalPositive(body: Record<string, unknown>, key: string): number | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 1_000_000_000)
    throw badBody(`${key} must be a whole number ≥ 1`, `${key} phải là số nguyên ≥ 1`, [key]);
  return v;
}

/**
 * The reporting service as a Hono app (no server attached: see `server.ts`).
 *
 * Every route but `GET /` and `GET /health` needs `Authorization: Bearer
 * <token>`. Answers are JSON (`{ error, issues }` for 4xx and 5xx), NDJSON for
 * the event export, and the report's own format.
 *
 * @param options - The service, the log and the limits.
 * @returns The app.
 */
export function createApp(options: AppOptions): Hono<Env> {
  const { service } = options;
  const limits = {
    ratePerMinute: options.limits?.ratePerMinute ?? 600,
    adminRatePerMinute: options.limits?.adminRatePerMinute ?? 6000,
    maxEventBytes: options.limits?.maxEventBytes ?? 64 * 1024,
    maxBatchBytes: options.limits?.maxBatchBytes ?? 16 * 1024 * 1024,
    maxBatchLines: options.limits?.maxBatchLines ?? 50_000,
    maxUploadBytes: options.limits?.maxUploadBytes ?? 64 * 1024 * 1024,
  };
  const limiter = new RateLimiter(options.now);
  const log = options.log ?? (() => {});
  const app = new Hono<Env>();

  /** The body limit of a request: the token's own, else the route's. */
  const bodyLimit = (c: Context<Env>, routeLimit: number) =>
    c.get('token').maxBodyBytes ?? routeLimit;

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('cache-control', 'no-store');
    if (c.res.headers.get('content-type')?.startsWith('text/html'))
      c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    const token = c.get('token') as TokenRecord | undefined;
    let error: string | undefined;
    if (c.res.status >= 400 && c.res.headers.get('content-type')?.startsWith('application/json')) {
      try {
        error = ((await c.res.clone().json()) as ErrorBody).error;
      } catch {
        error = undefined;
      }
    }
    log({
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(token ? { token: token.id } : {}),
      ...(error ? { error } : {}),
    });
  });

  app.get('/', (c) =>
    c.json({
      name: 'Rollout report server',
      database: service.db.kind,
      routes: ROUTES,
      reportFormats: Object.keys(REPORT_FORMATS),
    }),
  );
  app.get('/health', async (c) => {
    await service.db.query('SELECT 1');
    return c.json({ ok: true, database: service.db.kind, plans: service.plans.size });
  });

  // Everything below needs a valid token, and counts against its rate limit.
  app.use('*', async (c, next) => {
    if (c.req.path === '/' || c.req.path === '/health') return next();
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m)
      throw new HttpError(401, 'unauthorized', [serviceIssue('auth/missing-token')], {
        'www-authenticate': 'Bearer',
      });
    const token = await service.tokens.verify(m[1]!);
    if (!token)
      throw new HttpError(401, 'unauthorized', [serviceIssue('auth/invalid-token')], {
        'www-authenticate': 'Bearer error="invalid_token"',
      });
    c.set('token', token);
    const perMinute =
      token.ratePerMinute ??
      (token.role === 'admin' ? limits.adminRatePerMinute : limits.ratePerMinute);
    const wait = limiter.take(token.id, perMinute);
    if (wait > 0)
      throw new HttpError(
        429,
        'rate-limited',
        [serviceIssue('rate/limited', { retryAfter: wait })],
        {
          'retry-after': String(wait),
        },
      );
    return next();
  });

  // --- trees -----------------------------------------------------------------

  app.post('/trees', async (c) => {
    const token = c.get('token');
    requireAdmin(token);
    const body = await jsonObject(c, bodyLimit(c, limits.maxUploadBytes));
    const id = idField(body, 'id');
    const name = typeof body.name === 'string' && body.name.length > 0 ? body.name : id;
    const { tree, issues } = await service.createTree(
      { id, name, source: 'upload', units: { units: body.units } },
      token,
    );
    return c.json(
      { id: tree.id, name: tree.name, source: tree.source, units: tree.units.length, issues },
      201,
    );
  });

  /**
   * Stores Vietnam's real units (`@rollout/vn-units`) as a tree: the party
   * committees of the provinces asked for (all 34 by default) over their communes.
   */
  const storeVnTree = async (
    c: Context<Env>,
    options: {
      id?: unknown;
      name?: unknown;
      provinces?: unknown;
      party?: unknown;
      directlyUnder?: unknown;
    },
  ) => {
    const token = c.get('token');
    requireAdmin(token);
    const provinces = options.provinces;
    if (
      provinces !== undefined &&
      (!Array.isArray(provinces) || !provinces.every((p) => typeof p === 'string'))
    )
      throw badBody(
        'provinces must be a list of codes or names',
        'provinces phải là danh sách mã hay tên tỉnh',
        ['provinces'],
      );
    for (const key of ['party', 'directlyUnder'] as const)
      if (options[key] !== undefined && typeof options[key] !== 'boolean')
        throw badBody(`${key} must be true or false`, `${key} phải là true hoặc false`, [key]);
    const made = safeUnitTree({
      ...(provinces ? { provinces: provinces as string[] } : {}),
      ...(options.party === undefined ? {} : { party: options.party as boolean }),
      ...(options.directlyUnder === undefined
        ? {}
        : { directlyUnder: options.directlyUnder as boolean }),
    });
    if (!made.success)
      throw new HttpError(422, 'invalid-tree', [serviceIssue('tree/invalid'), ...made.issues]);
    const found = (provinces as string[] | undefined)?.map((p) => findProvince(p)!);
    const one = found?.length === 1 ? found[0] : undefined;
    const id =
      options.id === undefined
        ? one
          ? `vn-${one.code}`
          : 'vn'
        : idField(options as Record<string, unknown>, 'id');
    const name =
      typeof options.name === 'string' && options.name.length > 0
        ? options.name
        : one
          ? one.fullName
          : found
            ? found.map((p) => p.fullName).join(', ')
            : 'Cả nước';
    const { tree, issues } = await service.createTree(
      { id, name, source: 'vn-units', units: made.tree },
      token,
    );
    return c.json(
      { id: tree.id, name: tree.name, source: tree.source, units: tree.units.length, issues },
      201,
    );
  };

  app.post('/trees/vn', async (c) => {
    requireAdmin(c.get('token'));
    const declared = c.req.header('content-length');
    const body =
      declared === '0' || c.req.raw.body === null ? {} : await jsonObject(c, limits.maxEventBytes);
    return storeVnTree(c, body);
  });

  app.post('/trees/vn/:province', async (c) => {
    requireAdmin(c.get('token'));
    return storeVnTree(c, { provinces: [c.req.param('province')] });
  });

  app.get('/trees', (c) => {
    requireAdmin(c.get('token'));
    return c.json({
      trees: [...service.trees.values()].map((t) => ({
        id: t.id,
        name: t.name,
        source: t.source,
        units: t.units.length,
        roots: t.roots(),
      })),
    });
  });

  app.get('/trees/:tree', (c) => {
    const token = c.get('token');
    const tree = service.tree(c.req.param('tree'));
    requireTree(token, tree, tree.id);
    const mask = token.role === 'admin' ? undefined : tree.subtreeMask(token.unit!);
    return c.json({
      id: tree.id,
      name: tree.name,
      source: tree.source,
      units: mask ? tree.units.filter((_, i) => mask[i] === 1) : tree.units,
    });
  });

  // --- tokens ----------------------------------------------------------------

  app.post('/tokens', async (c) => {
    const token = c.get('token');
    requireAdmin(token);
    const body = await jsonObject(c, limits.maxEventBytes);
    const role = body.role ?? 'unit';
    if (role !== 'unit' && role !== 'admin')
      throw badBody('role must be unit or admin', 'role phải là unit hoặc admin', ['role']);
    // Who holds it, for people; by default the unit it is for (or `admin`).
    const label =
      body.label ?? (role === 'admin' ? 'admin' : `${String(body.tree)}/${String(body.unit)}`);
    if (typeof label !== 'string' || label.trim().length === 0 || label.length > 200)
      throw badBody(
        'label must be a text of 1 to 200 characters',
        'label phải là chữ dài 1 đến 200 ký tự',
        ['label'],
      );
    const ratePerMinute = optionalPositive(body, 'ratePerMinute');
    const maxBodyBytes = optionalPositive(body, 'maxBodyBytes');
    let tree: string | undefined;
    let unit: string | undefined;
    if (role === 'unit') {
      tree = idField(body, 'tree');
      const t = service.tree(tree);
      const u = body.unit;
      if (typeof u !== 'string' || !t.byId.has(u))
        throw new HttpError(404, 'not-found', [
          serviceIssue('unit/not-found', { unit: String(u), tree }, ['unit']),
        ]);
      unit = u;
    } else if (body.tree !== undefined || body.unit !== undefined) {
      throw badBody(
        'an admin token has no tree or unit',
        'mã quản trị không gắn với cây hay đơn vị',
        ['tree'],
      );
    }
    const made = await service.tokens.create(
      { role, tree, unit, label: label.normalize('NFC'), ratePerMinute, maxBodyBytes },
      token.id,
    );
    return c.json({ ...made.record, token: made.token }, 201);
  });

  app.get('/tokens', async (c) => {
    requireAdmin(c.get('token'));
    return c.json({ tokens: await service.tokens.list() });
  });

  app.get('/tokens/self', (c) => c.json(c.get('token')));

  app.delete('/tokens/:token', async (c) => {
    requireAdmin(c.get('token'));
    const id = c.req.param('token');
    const revoked = await service.tokens.revoke(id);
    if (!revoked)
      throw new HttpError(404, 'not-found', [serviceIssue('token/not-found', { token: id })]);
    return c.json(revoked);
  });

  // --- plans -----------------------------------------------------------------

  const planInfo = (id: string) => {
    const r = service.plan(id);
    return {
      id: r.id,
      tree: r.tree.id,
      version: r.version,
      title: r.plan.header.title,
      reference: r.plan.header.reference,
    };
  };

  app.post('/plans', async (c) => {
    const token = c.get('token');
    requireAdmin(token);
    const body = await jsonObject(c, bodyLimit(c, limits.maxUploadBytes));
    const id = idField(body, 'id');
    const tree = idField(body, 'tree');
    if (body.plan === undefined)
      throw badBody(
        'plan must be a plan file (an envelope or a bare plan)',
        'plan phải là một tệp kế hoạch',
        ['plan'],
      );
    const { issues } = await service.createPlan(
      { id, tree, text: JSON.stringify(body.plan) },
      token,
    );
    return c.json({ ...planInfo(id), issues }, 201);
  });

  app.get('/plans', (c) => {
    const token = c.get('token');
    const list = [...service.plans.values()].filter(
      (r) => token.role === 'admin' || r.tree.id === token.tree,
    );
    return c.json({ plans: list.map((r) => planInfo(r.id)) });
  });

  app.get('/plans/:plan', async (c) => {
    const runtime = service.plan(c.req.param('plan'));
    requireTree(c.get('token'), runtime.tree, runtime.id);
    const text = await service.planVersionText(runtime.id, runtime.version);
    return c.json({ ...planInfo(runtime.id), file: JSON.parse(text!) });
  });

  app.put('/plans/:plan', async (c) => {
    const token = c.get('token');
    requireAdmin(token);
    const id = c.req.param('plan');
    service.plan(id);
    const expectedRaw = c.req.query('expectedVersion');
    let expected: number | undefined;
    if (expectedRaw !== undefined) {
      expected = Number(expectedRaw);
      if (!Number.isInteger(expected) || expected < 1)
        throw badQuery('expectedVersion', 'a version number', 'một số phiên bản');
    }
    if (!JSON_TYPE.test(c.req.header('content-type') ?? ''))
      throw new HttpError(415, 'unsupported-media-type', [serviceIssue('request/not-json')]);
    const text = await readText(c, bodyLimit(c, limits.maxUploadBytes));
    const result = await service.updatePlan(id, text, token, expected);
    return c.json({ ...planInfo(id), changes: result.changes, issues: result.issues });
  });

  app.get('/plans/:plan/versions', async (c) => {
    const runtime = service.plan(c.req.param('plan'));
    requireTree(c.get('token'), runtime.tree, runtime.id);
    return c.json({ plan: runtime.id, versions: await service.planVersions(runtime.id) });
  });

  app.get('/plans/:plan/versions/:version', async (c) => {
    const runtime = service.plan(c.req.param('plan'));
    requireTree(c.get('token'), runtime.tree, runtime.id);
    const v = Number(c.req.param('version'));
    const text =
      Number.isInteger(v) && v >= 1 ? await service.planVersionText(runtime.id, v) : undefined;
    if (text === undefined)
      throw new HttpError(404, 'not-found', [
        serviceIssue('plan/not-found', { plan: `${runtime.id}@${c.req.param('version')}` }),
      ]);
    return c.body(text, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  // --- events ----------------------------------------------------------------

  app.post('/plans/:plan/events', async (c) => {
    const token = c.get('token');
    const runtime = service.plan(c.req.param('plan'));
    requireTree(token, runtime.tree, runtime.id);
    const type = c.req.header('content-type') ?? '';
    if (NDJSON.test(type)) {
      const body = await readBody(c, bodyLimit(c, limits.maxBatchBytes));
      return c.json(await ingestBatch(runtime, token, body, limits.maxBatchLines));
    }
    if (!JSON_TYPE.test(type))
      throw new HttpError(415, 'unsupported-media-type', [serviceIssue('request/not-events')]);
    const text = await readText(c, bodyLimit(c, limits.maxEventBytes));
    const result = await ingestOne(runtime, token, text);
    return c.json(result, result.status === 'stored' ? 201 : 200);
  });

  app.get('/plans/:plan/events', async (c) => {
    const token = c.get('token');
    const runtime = service.plan(c.req.param('plan'));
    const root = scopeFor(token, runtime, c.req.query('unit'));
    const meta = c.req.query('meta') === 'true';
    const mask = root === null ? undefined : runtime.tree.subtreeMask(root);
    const units =
      mask === undefined
        ? undefined
        : runtime.tree.units.filter((_, i) => mask[i] === 1).map((u) => u.id);
    // Only what is committed now: later events are for the next export.
    const untilSeq = (await runtime.live()).lastSeq;
    const encoder = new TextEncoder();
    let after = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const rows = await service.events(runtime.id, after, untilSeq, 5000, units);
        if (rows.length === 0) {
          controller.close();
          return;
        }
        after = rows[rows.length - 1]!.seq;
        let text = '';
        for (const r of rows) {
          text += meta
            ? `{"seq":${r.seq},"receivedAt":${JSON.stringify(r.receivedAt)},"source":${JSON.stringify({ token: r.token, batch: r.batch, line: r.line })},"event":${r.body}}\n`
            : `${r.body}\n`;
        }
        controller.enqueue(encoder.encode(text));
        if (rows.length < 5000) controller.close();
      },
    });
    return c.body(stream, 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  });

  // --- roll-up and report ----------------------------------------------------

  app.get('/plans/:plan/rollup', async (c) => {
    const runtime = service.plan(c.req.param('plan'));
    const root = scopeFor(c.get('token'), runtime, c.req.query('unit'));
    const tracked = await runtime.asOf(todayParam(c, service));
    return c.json(
      subtreeResult(tracked, runtime.tree, root, { units: c.req.query('units') !== 'false' }),
    );
  });

  app.get('/plans/:plan/units/:unit', async (c) => {
    const runtime = service.plan(c.req.param('plan'));
    const unit = scopeFor(c.get('token'), runtime, c.req.param('unit'))!;
    const tracked = await runtime.asOf(todayParam(c, service));
    return c.json({ today: tracked.today, ...tracked.roll.unit(unit)! });
  });

  app.get('/plans/:plan/report', async (c) => {
    const runtime = service.plan(c.req.param('plan'));
    const root = scopeFor(c.get('token'), runtime, c.req.query('unit'));
    const to = (c.req.query('to') ?? 'html') as ReportFormatName;
    if (!Object.hasOwn(REPORT_FORMATS, to))
      throw badQuery(
        'to',
        `one of ${Object.keys(REPORT_FORMATS).join(', ')}`,
        `một trong ${Object.keys(REPORT_FORMATS).join(', ')}`,
      );
    const lang = c.req.query('lang') ?? 'vi';
    if (lang !== 'vi' && lang !== 'en') throw badQuery('lang', 'vi or en', 'vi hoặc en');
    const tracked = await runtime.asOf(todayParam(c, service));
    const result = subtreeResult(tracked, runtime.tree, root);
    const tree = runtime.tree;
    const unit = root === null ? undefined : tree.units[tree.byId.get(root)!];
    const parentAt = root === null ? -1 : tree.parent[tree.byId.get(root)!]!;
    const body = await renderReport(result, {
      plan: runtime.plan,
      unit,
      parent: parentAt >= 0 ? tree.units[parentAt] : undefined,
      lang,
      to,
    });
    const format = REPORT_FORMATS[to];
    const name = `bao-cao-${runtime.id}${root === null ? '' : `-${root}`}-${tracked.today}`.replace(
      /[^\w.-]+/g,
      '-',
    );
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
      'content-type': format.contentType,
      'content-disposition': `attachment; filename="${name}.${format.extension}"`,
    });
  });

  app.get('/plans/:plan/check', async (c) => {
    requireAdmin(c.get('token'));
    const runtime = service.plan(c.req.param('plan'));
    return c.json(await checkLive(service.db, runtime));
  });

  // --- errors ----------------------------------------------------------------

  for (const route of ROUTES) {
    app.all(route.path, () => {
      throw new HttpError(
        405,
        'method-not-allowed',
        [
          serviceIssue('request/method-not-allowed', {
            path: route.path,
            allowed: route.methods.join(', '),
          }),
        ],
        { allow: route.methods.join(', ') },
      );
    });
  }
  app.notFound((c) =>
    c.json(
      {
        error: 'not-found',
        issues: [serviceIssue('request/not-found', { path: c.req.path })],
      } satisfies ErrorBody,
      404,
    ),
  );
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
      return c.json(error.body, error.status);
    }
    const issues: AnyIssue[] = [serviceIssue('server/internal')];
    return c.json({ error: 'internal-error', issues } satisfies ErrorBody, 500);
  });
  return app;
}
