/**
 * The API error convention: every refusal is JSON `{ "error": { "code", "message", "fields"? } }`
 * with a 4xx status, a stable `code` for programs and a `message` a shopper can act on, in
 * the request's language. Bad input never becomes a 500; a real 500 never shows a stack trace.
 */
import type { z } from 'zod';
import type { Locale } from '../i18n/locales.ts';
import { fill } from '../i18n/messages.ts';
import { httpMessages } from './messages.ts';
import { requestLocale } from './request-locale.ts';

/** Field path ("postcode", "lines.0.quantity") -> what is wrong with it and how to fix it. */
export type FieldErrors = Record<string, string>;

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: FieldErrors };
}

/** A JSON response; `init.headers` may add to or override the content type. */
export function json(data: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(data), { ...init, headers });
}

/** An error response in the convention. Errors are never cached: the next try may succeed. */
export function apiError(
  status: number,
  code: string,
  message: string,
  fields?: FieldErrors,
  init: { headers?: HeadersInit } = {},
): Response {
  const headers = new Headers(init.headers);
  headers.set('cache-control', 'no-store');
  const body: ApiErrorBody = { error: fields === undefined ? { code, message } : { code, message, fields } };
  return json(body, { status, headers });
}

/** Thrown anywhere inside a handler wrapped by withApiErrors to refuse the request. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors | undefined;

  constructor(status: number, code: string, message: string, fields?: FieldErrors) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  toResponse(): Response {
    return apiError(this.status, this.code, this.message, this.fields);
  }
}

/**
 * Localized fallback messages for zod's built-in checks. Pass it to every parse of request
 * input (parseInput does); a message a schema words itself always wins over this map.
 */
export function validationErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const m = httpMessages[locale].field;
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null ? m.required : m.invalid;
      case 'too_small':
        if (issue.origin === 'string')
          return Number(issue.minimum) <= 1 ? m.required : fill(m.tooShort, { minimum: String(issue.minimum) });
        return issue.origin === 'number' || issue.origin === 'int' ? fill(m.tooSmall, { minimum: String(issue.minimum) }) : m.invalid;
      case 'too_big':
        if (issue.origin === 'string') return fill(m.tooLong, { maximum: String(issue.maximum) });
        return issue.origin === 'number' || issue.origin === 'int' ? fill(m.tooLarge, { maximum: String(issue.maximum) }) : m.invalid;
      case 'invalid_value':
        return m.option;
      case 'unrecognized_keys':
        return fill(m.unknownField, { keys: issue.keys.join(', ') });
      default:
        return m.invalid;
    }
  };
}

/**
 * The first message per field of a failed parse. Issues without a path (a rule over the whole
 * input) are returned under the empty key "", which invalidInput lifts into the main message.
 */
export function zodFieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
  const fields: FieldErrors = {};
  const fallback = validationErrorMap(locale);
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (Object.hasOwn(fields, key)) continue;
    const message = issue.message || fallback(issue as unknown as Parameters<z.core.$ZodErrorMap>[0]);
    fields[key] = typeof message === 'string' ? message : (message?.message ?? httpMessages[locale].field.invalid);
  }
  return fields;
}

/** 400 `invalid_input` with the fields to fix. */
export function invalidInput(error: z.ZodError, locale: Locale): Response {
  const { '': formMessage, ...fields } = zodFieldErrors(error, locale);
  return apiError(400, 'invalid_input', formMessage ?? httpMessages[locale].invalidInput, fields);
}

export type ParsedInput<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Validates request input; on failure the 400 response is ready to return. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): ParsedInput<z.output<S>> {
  const result = schema.safeParse(input, { error: validationErrorMap(locale) });
  return result.success ? { ok: true, data: result.data } : { ok: false, response: invalidInput(result.error, locale) };
}

/** The request body as JSON; a body that is not JSON is the shopper's 400, not our 500. */
export async function readJson(request: Request, locale: Locale = requestLocale(request)): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ApiError(400, 'invalid_json', httpMessages[locale].invalidJson);
  }
}

export type ApiErrorLogger = (message: string, error: unknown) => void;

const defaultLogger: ApiErrorLogger = (message, error) => console.error(message, error);

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Wraps a route handler so that nothing escapes as an HTML error page or a stack trace:
 * an ApiError becomes its own response, a body that is not JSON becomes 400 `invalid_json`
 * (also when the handler called request.json() itself), anything else is logged with its
 * stack on the server and answered with a plain 500 `internal_error`.
 */
export function withApiErrors<C extends { request: Request }>(
  handler: (context: C) => Response | Promise<Response>,
  options: { log?: ApiErrorLogger } = {},
): (context: C) => Promise<Response> {
  const log = options.log ?? defaultLogger;
  return async (context) => {
    try {
      return await handler(context);
    } catch (error) {
      if (error instanceof ApiError) return error.toResponse();
      const { request } = context;
      const locale = requestLocale(request);
      if (error instanceof SyntaxError && methodsWithBody.has(request.method)) {
        return apiError(400, 'invalid_json', httpMessages[locale].invalidJson);
      }
      log(`[api] ${request.method} ${new URL(request.url).pathname} failed`, error);
      return apiError(500, 'internal_error', httpMessages[locale].internal);
    }
  };
}
