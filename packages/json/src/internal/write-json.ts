import { type KeyOrder, NO_ORDER, orderedKeys } from './key-order.js';

const MAX_DEPTH = 1000;

/**
 * Writes a value as JSON with a stable key order.
 *
 * @remarks The same as `JSON.stringify(value, null, indent)` except for the
 * order of object keys (schema order, then the other keys sorted), which makes
 * the bytes depend on the data only. Throws like `JSON.stringify` on cycles
 * and BigInt.
 * @internal
 */
export function writeJson(value: unknown, order: KeyOrder = NO_ORDER, indent = 0): string {
  const out: string[] = [];
  const stack = new Set<object>();
  const nl = indent > 0;
  const pad = (level: number): string => (nl ? `\n${' '.repeat(indent * level)}` : '');
  const colon = nl ? ': ' : ':';

  const write = (v: unknown, o: KeyOrder, level: number): boolean => {
    if (
      v !== null &&
      typeof v === 'object' &&
      typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ) {
      v = (v as { toJSON: () => unknown }).toJSON();
    }
    switch (typeof v) {
      case 'string':
        out.push(JSON.stringify(v));
        return true;
      case 'number':
        out.push(Number.isFinite(v) ? JSON.stringify(v) : 'null');
        return true;
      case 'boolean':
        out.push(v ? 'true' : 'false');
        return true;
      case 'bigint':
        throw new TypeError('Do not know how to serialize a BigInt');
      case 'object':
        break;
      default:
        return false;
    }
    if (v === null) {
      out.push('null');
      return true;
    }
    if (level >= MAX_DEPTH) throw new RangeError(`JSON nested deeper than ${MAX_DEPTH} levels`);
    if (stack.has(v)) throw new TypeError('Converting circular structure to JSON');
    stack.add(v);
    if (Array.isArray(v)) {
      if (v.length === 0) out.push('[]');
      else {
        out.push('[');
        const item = o.items ?? NO_ORDER;
        for (let k = 0; k < v.length; k++) {
          if (k > 0) out.push(',');
          out.push(pad(level + 1));
          if (!write(v[k], item, level + 1)) out.push('null');
        }
        out.push(pad(level), ']');
      }
    } else {
      const keys = orderedKeys(v, o);
      let first = true;
      out.push('{');
      for (const key of keys) {
        const child = (v as Record<string, unknown>)[key];
        if (child === undefined || typeof child === 'function' || typeof child === 'symbol')
          continue;
        out.push(first ? '' : ',', pad(level + 1), JSON.stringify(key), colon);
        first = false;
        write(child, o.props.get(key) ?? o.items ?? NO_ORDER, level + 1);
      }
      if (!first) out.push(pad(level));
      out.push('}');
    }
    stack.delete(v);
    return true;
  };
  if (!write(value, order, 0)) return 'null';
  return out.join('');
}
