import { findProvince, safeUnitTree } from '@rollout/vn-units';
import type { Context, Hono } from 'hono';
import { requireAdmin, requireTree } from './access.js';
import { HttpError, serviceIssue } from './issues.js';
import {
  badBody,
  type Env,
  idField,
  jsonObject,
  optionalPositive,
  type RouteContext,
} from './request.js';

/**
 * The administrator's routes and the token's own: trees (uploaded, or
 * Vietnam's real units) and tokens.
 *
 * @param app - The app.
 * @param ctx - The service and the limits.
 */
export function adminRoutes(app: Hono<Env>, ctx: RouteContext): void {
  const { service, limits, bodyLimit } = ctx;
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
}
