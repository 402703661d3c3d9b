import type { PlanRuntime } from '../service/plan-runtime.js';
import type { TokenRecord } from '../service/tokens.js';
import type { TreeIndex } from '../service/tree-index.js';
import { HttpError, serviceIssue } from './issues.js';

/**
 * Refuses a token that is not an administrator's.
 *
 * @param token - The request's token.
 * @throws HttpError 403.
 */
export function requireAdmin(token: TokenRecord): void {
  if (token.role !== 'admin')
    throw new HttpError(403, 'forbidden', [serviceIssue('access/admin-only')]);
}

/**
 * Refuses a unit token of another tree.
 *
 * @param token - The request's token.
 * @param tree - The tree asked about.
 * @param plan - The plan id, for the message (or the tree id).
 * @throws HttpError 403.
 */
export function requireTree(token: TokenRecord, tree: TreeIndex, plan: string): void {
  if (token.role !== 'admin' && token.tree !== tree.id)
    throw new HttpError(403, 'forbidden', [serviceIssue('access/other-tree', { plan })]);
}

/**
 * The subtree a request reads: the unit it names, which must be the token's
 * unit or below it; by default the token's own unit, or for an admin the
 * whole tree (`null`).
 *
 * @param token - The request's token.
 * @param runtime - The plan.
 * @param requested - The `unit` the request names, if any.
 * @returns The unit at the top of the subtree, or `null` for the whole tree.
 * @throws HttpError 403 (other tree, outside the subtree), 404 (no such unit).
 */
export function scopeFor(
  token: TokenRecord,
  runtime: PlanRuntime,
  requested: string | undefined,
): string | null {
  requireTree(token, runtime.tree, runtime.id);
  if (requested === undefined) return token.role === 'admin' ? null : token.unit;
  if (!runtime.tree.byId.has(requested)) {
    // A unit token learns nothing of units outside its subtree: 403 either way.
    if (token.role !== 'admin')
      throw new HttpError(403, 'forbidden', [
        serviceIssue('access/outside-subtree', { scope: token.unit!, unit: requested }),
      ]);
    throw new HttpError(404, 'not-found', [
      serviceIssue('unit/not-found', { unit: requested, tree: runtime.tree.id }),
    ]);
  }
  if (token.role !== 'admin' && !runtime.tree.within(token.unit!, requested))
    throw new HttpError(403, 'forbidden', [
      serviceIssue('access/outside-subtree', { scope: token.unit!, unit: requested }),
    ]);
  return requested;
}
