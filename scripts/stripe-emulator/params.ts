/**
 * Reading Stripe parameters from a parsed form body. Stripe rejects unknown parameters and
 * malformed values with a named `param`; doing the same here makes an app bug fail offline
 * the way it would fail against the real API.
 */
import { parameterInvalid, parameterMissing, parameterUnknown } from './errors.ts';
import type { FormObject, FormValue } from './form.ts';

/** Accepted on every endpoint: Stripe.js sends key/client_secret; expansion is best-effort. */
const alwaysAllowed = ['expand', 'key', 'client_secret', '_stripe_version'];

export function assertKnownParams(params: FormObject, allowed: readonly string[]): void {
  for (const name of Object.keys(params)) {
    if (!allowed.includes(name) && !alwaysAllowed.includes(name)) throw parameterUnknown(name);
  }
}

export function optionalString(params: FormObject, name: string): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw parameterInvalid(name, `Invalid string: ${name} must be a string.`);
  return value;
}

/** `''` is how the SDK sends `null`: "unset this field". */
export function nullableString(params: FormObject, name: string): string | null | undefined {
  const value = optionalString(params, name);
  return value === '' ? null : value;
}

export function requiredString(params: FormObject, name: string): string {
  const value = optionalString(params, name);
  if (value === undefined || value === '') throw parameterMissing(name);
  return value;
}

export function optionalInteger(params: FormObject, name: string): number | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) throw parameterInvalid(name, `Invalid integer: ${value}`, 'parameter_invalid_integer');
  return Number(value);
}

export function requiredInteger(params: FormObject, name: string): number {
  const value = optionalInteger(params, name);
  if (value === undefined) throw parameterMissing(name);
  return value;
}

export function optionalBoolean(params: FormObject, name: string, value: FormValue | undefined = params[name]): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw parameterInvalid(name, `Invalid boolean: ${typeof value === 'string' ? value : typeof value}`);
}

export function optionalEnum<T extends string>(params: FormObject, name: string, values: readonly T[]): T | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    throw parameterInvalid(name, `Invalid ${name}: must be one of ${values.join(', ')}`);
  }
  return value as T;
}

export function optionalObject(params: FormObject, name: string): FormObject | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') throw parameterInvalid(name, `Invalid object: ${name} must be a hash.`, 'parameter_invalid_hash');
  // A hash whose keys happened to be 0..n-1 was parsed as an array: turn it back.
  return Array.isArray(value) ? Object.fromEntries(value.map((v, i) => [String(i), v])) : value;
}

export function optionalStringArray(params: FormObject, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw parameterInvalid(name, `Invalid array: ${name} must be an array of strings.`, 'parameter_invalid_array');
  }
  return value;
}

/** Stripe's rules: string values, keys up to 40 chars, values up to 500, at most 50 keys. */
function checkedMetadata(params: FormObject, name = 'metadata'): Record<string, string> | undefined {
  const raw = optionalObject(params, name);
  if (raw === undefined) return params[name] === '' ? {} : undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') throw parameterInvalid(`${name}[${key}]`, `Invalid string: metadata values must be strings.`);
    if (key.length > 40) throw parameterInvalid(`${name}[${key}]`, 'Metadata keys can have up to 40 characters.');
    if (value.length > 500) throw parameterInvalid(`${name}[${key}]`, 'Metadata values can have up to 500 characters.');
    out[key] = value;
  }
  if (Object.keys(out).length > 50) throw parameterInvalid(name, 'Metadata can have up to 50 keys.');
  return out;
}

/** Metadata for a new object. */
export function metadataParam(params: FormObject): Record<string, string> {
  const given = checkedMetadata(params) ?? {};
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ''));
}

/** Stripe merges metadata on update; an empty value deletes a key, `metadata=` clears all. */
export function mergeMetadata(current: Record<string, string>, params: FormObject): Record<string, string> {
  const given = checkedMetadata(params);
  if (given === undefined) return current;
  if (params.metadata === '') return {};
  const merged = { ...current, ...given };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ''));
}

export function expandParam(params: FormObject): string[] {
  const value = params.expand;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
