import { type Context, Hono } from 'hono';
import { adminRoutes } from './http/admin-routes.js';
import { type AnyIssue, type ErrorBody, HttpError, serviceIssue } from './http/issues.js';
import { planRoutes } from './http/plan-routes.js';
import { RateLimiter } from './http/rate-limit.js';
import type { Env, RouteContext } from './http/request.js';
import { REPORT_FORMATS } from './service/report.js';
import type { ReportService } from './service/service.js';
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

  const ctx: RouteContext = { service, limits, bodyLimit };
  adminRoutes(app, ctx);
  planRoutes(app, ctx);

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
