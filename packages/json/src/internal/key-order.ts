import type * as z from 'zod/mini';

/** The key order of a schema: its own keys in shape order, and the orders of what it holds. */
export interface KeyOrder {
  /** Keys in the order the schema declares them (objects). */
  readonly keys: readonly string[];
  /** The order of each key's value. */
  readonly props: ReadonlyMap<string, KeyOrder>;
  /** The order of array elements and record values. */
  readonly items: KeyOrder | undefined;
}

const EMPTY: KeyOrder = { keys: [], props: new Map(), items: undefined };
const cache = new WeakMap<object, KeyOrder>();

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.core.$ZodType>;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
  readonly in?: z.core.$ZodType;
  readonly getter?: () => z.core.$ZodType;
}

/**
 * The key order a schema gives: objects' keys in declaration order, unions'
 * keys merged in the order of their options; wrappers (optional, nullable,
 * default, readonly, pipe, lazy) are looked through.
 *
 * @internal
 */
export function keyOrderOf(schema: z.core.$ZodType | undefined, guard = 0): KeyOrder {
  if (schema === undefined || guard > 64) return EMPTY;
  const hit = cache.get(schema);
  if (hit) return hit;
  const def = schema._zod.def as unknown as Def;
  let order: KeyOrder = EMPTY;
  switch (def.type) {
    case 'object': {
      const props = new Map<string, KeyOrder>();
      const keys = Object.keys(def.shape ?? {});
      for (const k of keys) props.set(k, keyOrderOf(def.shape?.[k], guard + 1));
      order = { keys, props, items: undefined };
      break;
    }
    case 'array':
      order = { keys: [], props: new Map(), items: keyOrderOf(def.element, guard + 1) };
      break;
    case 'record':
      order = { keys: [], props: new Map(), items: keyOrderOf(def.valueType, guard + 1) };
      break;
    case 'union': {
      const keys: string[] = [];
      const props = new Map<string, KeyOrder>();
      let items: KeyOrder | undefined;
      for (const option of def.options ?? []) {
        const o = keyOrderOf(option, guard + 1);
        for (const k of o.keys) {
          if (!props.has(k)) {
            keys.push(k);
            props.set(k, o.props.get(k) ?? EMPTY);
          }
        }
        items ??= o.items;
      }
      order = { keys, props, items };
      break;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      order = keyOrderOf(def.innerType, guard + 1);
      break;
    case 'pipe':
      order = keyOrderOf(def.in, guard + 1);
      break;
    default:
      order = EMPTY;
  }
  cache.set(schema, order);
  return order;
}

/** The order of an object's own keys: the schema's keys first, then the others sorted. */
export function orderedKeys(obj: object, order: KeyOrder): string[] {
  const own = Object.keys(obj);
  if (order.keys.length === 0) return own.sort(compareKeys);
  const out: string[] = [];
  for (const k of order.keys) if (Object.hasOwn(obj, k)) out.push(k);
  if (out.length === own.length) return out;
  const known = new Set(order.keys);
  const rest = own.filter((k) => !known.has(k)).sort(compareKeys);
  return out.concat(rest);
}

/** Sorts by UTF-16 code units, the same in every locale. */
const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The empty key order: every object's keys sorted. */
export const NO_ORDER: KeyOrder = EMPTY;
