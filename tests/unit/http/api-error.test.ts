import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  apiError,
  json,
  parseInput,
  readJson,
  validationErrorMap,
  withApiErrors,
  zodFieldErrors,
  type ApiErrorBody,
} from '../../../src/lib/http/api-error.ts';

const get = (url = 'https://shop.test/api/x', headers: HeadersInit = {}) => new Request(url, { headers });
const post = (body: string, headers: HeadersInit = {}) =>
  new Request('https://shop.test/api/x', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('json and apiError', () => {
  it('json sets the content type and keeps other init', async () => {
    const res = json({ a: 1 }, { status: 201, headers: { 'x-y': 'z' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-y')).toBe('z');
    expect(await res.json()).toEqual({ a: 1 });
  });

  it('apiError follows the convention, is never cached, and omits fields when there are none', async () => {
    const res = apiError(409, 'out_of_stock', 'Nog 1 op voorraad.');
    expect(res.status).toBe(409);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: { code: 'out_of_stock', message: 'Nog 1 op voorraad.' } });
    const withFields = apiError(400, 'invalid_input', 'Check.', { email: 'Vul je e-mailadres in.' }, { headers: { 'retry-after': '3' } });
    expect(((await withFields.json()) as ApiErrorBody).error.fields).toEqual({ email: 'Vul je e-mailadres in.' });
    expect(withFields.headers.get('retry-after')).toBe('3');
  });
});

describe('zod field errors', () => {
  const schema = z.object({
    email: z.email('Vul een e-mailadres in zoals naam@voorbeeld.nl.'),
    quantity: z.number().int().min(1),
    lines: z.array(z.object({ sku: z.string().min(1) })),
  });

  it('localizes zod built-ins per request and keeps messages a schema words itself', () => {
    const input = { email: 'x', quantity: 0, lines: [{ sku: '' }] };
    const nl = schema.safeParse(input, { error: validationErrorMap('nl') });
    const en = schema.safeParse(input, { error: validationErrorMap('en') });
    expect(zodFieldErrors(nl.error!, 'nl')).toEqual({
      email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
      quantity: 'Vul een getal in van minstens 1.',
      'lines.0.sku': 'Vul dit veld in.',
    });
    expect(zodFieldErrors(en.error!, 'en').quantity).toBe('Enter a number of at least 1.');
  });

  it('keeps the first message per field and says a missing field is required', () => {
    const twoRules = z.object({ name: z.string().min(2, 'first').regex(/x/, 'second') });
    expect(zodFieldErrors(twoRules.safeParse({ name: 'a' }).error!, 'nl')).toEqual({ name: 'first' });
    const missing = z.object({ name: z.string() }).safeParse({}, { error: validationErrorMap('en') });
    expect(zodFieldErrors(missing.error!, 'en')).toEqual({ name: 'Fill in this field.' });
  });

  it('parseInput returns the data, or a ready 400 whose form-level issue becomes the message', async () => {
    expect(parseInput(z.object({ n: z.coerce.number() }), { n: '3' }, 'nl')).toEqual({ ok: true, data: { n: 3 } });
    const schemaWithRefine = z
      .object({ from: z.number(), to: z.number() })
      .refine((v) => v.from < v.to, 'Kies een einddatum na de begindatum.');
    const bad = parseInput(schemaWithRefine, { from: 2, to: 1 }, 'nl');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.response.status).toBe(400);
    expect(await bad.response.json()).toEqual({
      error: { code: 'invalid_input', message: 'Kies een einddatum na de begindatum.', fields: {} },
    });
    const fieldIssue = parseInput(z.object({ to: z.number() }), {}, 'en');
    if (fieldIssue.ok) throw new Error('expected failure');
    expect(await fieldIssue.response.json()).toEqual({
      error: { code: 'invalid_input', message: 'Check the highlighted fields and try again.', fields: { to: 'Fill in this field.' } },
    });
  });
});

describe('withApiErrors', () => {
  it('passes a handler response through', async () => {
    const handler = withApiErrors(() => json({ ok: true }));
    expect(await (await handler({ request: get() })).json()).toEqual({ ok: true });
  });

  it('turns an unexpected exception into a 500 without a stack trace, and logs it', async () => {
    const log = vi.fn();
    const boom = new Error('database password is hunter2');
    const handler = withApiErrors(
      () => {
        throw boom;
      },
      { log },
    );
    const res = await handler({ request: get('https://shop.test/api/orders?locale=en') });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: expect.stringContaining('Something went wrong on our side') },
    });
    expect(text).not.toMatch(/hunter2|at .*\.ts|Error:/);
    expect(log).toHaveBeenCalledWith('[api] GET /api/orders failed', boom);
  });

  it('answers a body that is not JSON with 400 invalid_json, also when the handler called request.json()', async () => {
    const log = vi.fn();
    const direct = withApiErrors(async ({ request }) => json(await request.json()), { log });
    const res = await direct({ request: post('{"email": ', { 'accept-language': 'en-GB,en;q=0.9' }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'invalid_json', message: 'We could not read your details. Refresh the page and try again.' },
    });
    const viaHelper = withApiErrors(async ({ request }) => json(await readJson(request)), { log });
    const nl = await viaHelper({ request: post('nope') });
    expect(nl.status).toBe(400);
    expect(((await nl.json()) as ApiErrorBody).error.message).toMatch(/^We konden je gegevens niet lezen/);
    expect(log).not.toHaveBeenCalled();
  });

  it('turns a thrown ApiError into its response', async () => {
    const handler = withApiErrors(() => {
      throw new ApiError(422, 'too_late', 'Je retourtermijn is verlopen.', { reason: 'x' });
    });
    const res = await handler({ request: get() });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'too_late', message: 'Je retourtermijn is verlopen.', fields: { reason: 'x' } } });
  });
});
