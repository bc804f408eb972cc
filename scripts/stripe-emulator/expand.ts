/**
 * Best-effort `expand[]`: a top-level field (or `data.<field>` on a list) that holds the id
 * of an object the emulator knows is replaced by that object. Anything else is ignored
 * rather than refused, so an app that expands more than the emulator knows still works.
 */
import type { Store } from './store.ts';

function expandOne(value: unknown, field: string, store: Store): unknown {
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const id = record[field];
  const found = typeof id === 'string' ? store.lookup(id) : undefined;
  return found === undefined ? value : { ...record, [field]: structuredClone(found) };
}

export function expand(value: unknown, paths: readonly string[], store: Store): unknown {
  let out = value;
  for (const path of paths) {
    const [head, field] = path.split('.', 2);
    const list = out as { object?: unknown; data?: unknown[] };
    if (head === 'data' && field && list.object === 'list' && Array.isArray(list.data)) {
      out = { ...list, data: list.data.map((item) => expandOne(item, field, store)) };
    } else if (head && !path.includes('.')) {
      out = expandOne(out, head, store);
    }
  }
  return out;
}
