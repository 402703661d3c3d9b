import { type Issue, type Plan, PlanSchema, parseUnitTree, type Unit } from '@rollout/core';
import { type AnyImportIssue, type ImportResult, importDocx, importPlans } from '@rollout/import';
import { migratePlanObject, PLAN_FORMAT_VERSION, parseJson, parsePlanJson } from '@rollout/json';

/** What a file the clerk opened turned out to hold. */
export type Opened =
  /** A plan file (an envelope or a bare plan), possibly with errors of meaning. */
  | {
      readonly kind: 'plan';
      readonly name: string;
      readonly plan: Plan;
      readonly issues: readonly Issue<string>[];
    }
  /** A plan's text (.txt, .docx) or `rollout import`'s JSON output, read by @rollout/import: to confirm. */
  | {
      readonly kind: 'import';
      readonly name: string;
      /** The text the offsets point into; empty for `rollout import` output. */
      readonly text: string;
      readonly result: ImportResult;
    }
  /** A unit tree file. */
  | {
      readonly kind: 'units';
      readonly name: string;
      readonly units: Unit[];
      readonly issues: readonly Issue<string>[];
    }
  /** Nothing usable: the issues say why. */
  | { readonly kind: 'unusable'; readonly name: string; readonly issues: readonly Issue<string>[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The plan object inside an envelope (upgraded to the current version), or the bare plan. */
function planBody(value: unknown): unknown {
  if (!isObject(value) || !('plan' in value) || !('format' in value)) return value;
  const version = typeof value.version === 'number' ? value.version : PLAN_FORMAT_VERSION;
  const migrated = migratePlanObject(value.plan, version);
  return migrated.success ? migrated.data : value.plan;
}

/**
 * Reads a JSON text: a plan file (kept even when its meaning has errors, so
 * that they can be seen and fixed), `rollout import --format json` output
 * (its plans go to the import review) or a unit tree.
 */
export function openJsonText(text: string, name: string): Opened {
  const read = parsePlanJson(text);
  if (read.success) return { kind: 'plan', name, plan: read.data, issues: read.issues };
  const json = parseJson(text);
  if (json.value === undefined) return { kind: 'unusable', name, issues: read.issues };
  const value = json.value;
  if (isObject(value) && Array.isArray(value.plans)) {
    const plans: Plan[] = [];
    for (const p of value.plans) {
      const shape = PlanSchema.safeParse(p);
      if (shape.success) plans.push(shape.data);
    }
    const issues = Array.isArray(value.issues)
      ? (value.issues as AnyImportIssue[]).filter(
          (i) => isObject(i) && typeof i.code === 'string' && isObject(i.message),
        )
      : [];
    const unread = Array.isArray(value.unread) ? (value.unread as ImportResult['unread']) : [];
    return {
      kind: 'import',
      name,
      text: '',
      result: { plans, sources: plans.map(() => ({})), issues, unread },
    };
  }
  if (isObject(value) && Array.isArray(value.units) && !('sessions' in value)) {
    const tree = parseUnitTree(value);
    if (tree.units) return { kind: 'units', name, units: tree.units, issues: tree.issues };
    return { kind: 'unusable', name, issues: tree.issues };
  }
  const body = planBody(value);
  const shape = PlanSchema.safeParse(body);
  if (shape.success) return { kind: 'plan', name, plan: shape.data, issues: read.issues };
  return { kind: 'unusable', name, issues: read.issues };
}

/** Reads any file the clerk picks: JSON, a plan's text, or a DOCX. */
export async function openFile(file: File): Promise<Opened> {
  const name = file.name;
  const lower = name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith('.docx') || zip) {
    const result = await importDocx(bytes);
    return { kind: 'import', name, text: result.text, result };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1258').decode(bytes);
  }
  const first = text.replace(/^\uFEFF?\s*/, '').charAt(0);
  if (lower.endsWith('.json') || first === '{' || first === '[') return openJsonText(text, name);
  return { kind: 'import', name, text, result: importPlans(text) };
}
