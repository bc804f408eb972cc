/**
 * Stripe's form encoding: `metadata[order_id]=7&payment_method_types[0]=card&expand[]=x`
 * becomes `{ metadata: { order_id: '7' }, payment_method_types: ['card'], expand: ['x'] }`.
 * Values stay strings; each endpoint decides what is a number or a boolean, as Stripe does.
 */

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

/** Thrown for a body Stripe would refuse as malformed; the server answers 400. */
export class FormError extends Error {
  override name = 'FormError';
}

const maxDepth = 8;

/** Splits `a[b][0][]` into `['a', 'b', '0', '']`. */
function keyPath(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const path = [key.slice(0, open)];
  const rest = key.slice(open);
  const segment = /\[([^\]]*)\]/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = segment.exec(rest)) !== null) {
    path.push(match[1]!);
    consumed = segment.lastIndex;
  }
  if (consumed !== rest.length) throw new FormError(`Invalid parameter name: ${key}`);
  if (path.length > maxDepth) throw new FormError(`Parameter nested too deeply: ${key}`);
  return path;
}

// Null-prototype containers: a key such as `__proto__` is then just data.
function container(): FormObject {
  return Object.create(null) as FormObject;
}

export function parseForm(body: string): FormObject {
  const root = container();
  for (const [key, value] of new URLSearchParams(body)) {
    const path = keyPath(key);
    let node: FormObject = root;
    for (let i = 0; i < path.length; i++) {
      const last = i === path.length - 1;
      // `[]` appends: give it the next free index of this container.
      const segment = path[i] === '' ? String(Object.keys(node).length) : path[i]!;
      if (last) {
        if (segment in node && typeof node[segment] !== 'string') throw new FormError(`Invalid hash: ${key}`);
        node[segment] = value;
        break;
      }
      const next = node[segment];
      if (next === undefined) node = node[segment] = container();
      else if (typeof next === 'string') throw new FormError(`Invalid hash: ${key}`);
      else node = next as FormObject;
    }
  }
  return arraysFromIndexedObjects(root) as FormObject;
}

/** `{ '0': 'card', '1': 'ideal' }` -> `['card', 'ideal']`, recursively. */
function arraysFromIndexedObjects(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const key of keys) value[key] = arraysFromIndexedObjects(value[key]!);
  const indexed = keys.length > 0 && keys.every((key, i) => key === String(i));
  return indexed ? keys.map((key) => value[key]!) : value;
}

/** The inverse, for tests and the control endpoints; matches the SDK's encoding. */
export function encodeForm(data: Record<string, unknown>): string {
  const pairs: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined) return;
    if (value === null || typeof value !== 'object') {
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value === null ? '' : String(value))}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => add(`${key}[${i}]`, item));
    } else {
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
    }
  };
  for (const [key, value] of Object.entries(data)) add(key, value);
  return pairs.join('&');
}
