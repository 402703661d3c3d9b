import type { Hono } from 'hono';
import { checkLive } from '../service/check.js';
import { ingestBatch, ingestOne } from '../service/ingest.js';
import { REPORT_FORMATS, type ReportFormatName, renderReport } from '../service/report.js';
import { subtreeResult } from '../service/subtree.js';
import { requireAdmin, requireTree, scopeFor } from './access.js';
import { readBody, readText } from './body.js';
import { HttpError, serviceIssue } from './issues.js';
import {
  badBody,
  badQuery,
  type Env,
  idField,
  JSON_TYPE,
  jsonObject,
  NDJSON,
  type RouteContext,
  todayParam,
} from './request.js';

/**
 * The routes of plans: versions, events in and out, the roll-up, a unit's
 * figures, the report and the check.
 *
 * @param app - The app.
 * @param ctx - The service and the limits.
 */
export function planRoutes(app: Hono<Env>, ctx: RouteContext): void {
  const { service, limits, bodyLimit } = ctx;
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
}
