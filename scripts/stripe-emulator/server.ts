/**
 * The HTTP front: CORS, body parsing, authentication, idempotency and dispatch to the /v1
 * API routes, the /_emulator controls and the stand-in Stripe.js. Plain node:http.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { apiRoutes } from './api-routes.ts';
import { authenticate, publishableKeyRefused } from './auth.ts';
import { controlRoutes } from './control-routes.ts';
import { StripeApiError, apiError, invalidRequest, unrecognizedUrl } from './errors.ts';
import { expand } from './expand.ts';
import { FormError, parseForm, type FormObject } from './form.ts';
import type { IdempotencyKeys } from './idempotency.ts';
import { newId } from './ids.ts';
import { expandParam } from './params.ts';
import { errorReply, jsonReply, type Reply } from './reply.ts';
import type { RequestInfo, Store } from './store.ts';
import type { WebhookDispatcher } from './webhooks.ts';

export interface ServerParts {
  store: Store;
  idempotency: IdempotencyKeys;
  webhooks: WebhookDispatcher;
  /** Known only once the server listens (port 0 picks a free port). */
  baseUrl(): string;
  apiVersion: string;
  standInScript: string;
  reset(): void;
  log(line: string): void;
}

/** Paths Stripe.js is loaded from: `/v3` as documented, `/<train>/stripe.js` as stripe-js 10 injects. */
const standInPaths = new Set(['/v3', '/v3/', '/endive/stripe.js', '/v3/stripe.js']);
const maxBody = 1_000_000;

// Stripe's API allows any origin; Stripe.js calls it straight from the shop's pages.
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account',
  'Access-Control-Expose-Headers': 'Request-Id, Stripe-Version, Idempotency-Key, Idempotent-Replayed, Original-Request',
  'Access-Control-Max-Age': '300',
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(invalidRequest('Request body too large.', { status: 413 }));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Same parameters in any order give the same fingerprint. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

function formParams(url: URL, body: string): FormObject {
  return parseForm([url.search.slice(1), body].filter(Boolean).join('&'));
}

async function handleApi(parts: ServerParts, request: IncomingMessage, url: URL, body: string): Promise<Reply> {
  const method = request.method ?? 'GET';
  const requestId = newId('req');
  const apiVersion = header(request, 'stripe-version') ?? parts.apiVersion;
  const idempotencyKey = method === 'POST' ? header(request, 'idempotency-key') : undefined;
  const headers: Record<string, string> = { 'Request-Id': requestId, 'Stripe-Version': apiVersion };
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const finish = (reply: Reply): Reply => ({ ...reply, headers: { ...reply.headers, ...headers } });
  try {
    const params = formParams(url, body);
    const auth = authenticate(header(request, 'authorization'), params);
    const match = apiRoutes.match(method, url.pathname);
    if (!match) throw unrecognizedUrl(method, url.pathname);
    if (auth.kind === 'publishable' && !match.handler.publishable) throw publishableKeyRefused();
    const info: RequestInfo = { id: requestId, idempotencyKey: idempotencyKey ?? null, apiVersion };
    const execute = async (): Promise<Reply> => {
      try {
        const value = match.handler.run({ store: parts.store, baseUrl: parts.baseUrl(), request: info, auth, params, path: match.params });
        return jsonReply(200, auth.kind === 'secret' ? expand(value, expandParam(params), parts.store) : value);
      } catch (error) {
        if (error instanceof StripeApiError) return errorReply(error);
        parts.log(
          `stripe-emulator: ${method} ${url.pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        return errorReply(apiError());
      }
    };
    if (!idempotencyKey) return finish(await execute());
    const fingerprint = `${method} ${url.pathname} ${canonical(params)}`;
    const result = await parts.idempotency.run(auth.key, idempotencyKey, fingerprint, requestId, execute);
    if (result.replayed) {
      headers['Idempotent-Replayed'] = 'true';
      headers['Original-Request'] = result.originalRequestId;
    }
    return finish(result.reply);
  } catch (error) {
    if (error instanceof StripeApiError) return finish(errorReply(error));
    if (error instanceof FormError) return finish(errorReply(invalidRequest(error.message)));
    throw error;
  }
}

async function handleControl(parts: ServerParts, request: IncomingMessage, url: URL, body: string): Promise<Reply> {
  const method = request.method ?? 'GET';
  const match = controlRoutes.match(method, url.pathname);
  if (!match) return errorReply(unrecognizedUrl(method, url.pathname));
  try {
    const json = (header(request, 'content-type') ?? '').includes('json') && body.trim() !== '';
    const params = json ? { ...formParams(url, ''), ...(JSON.parse(body) as FormObject) } : formParams(url, body);
    return await match.handler({
      store: parts.store,
      baseUrl: parts.baseUrl(),
      // Changes made from here are not API requests: Stripe sends those events with request null.
      request: { id: null, idempotencyKey: null, apiVersion: parts.apiVersion },
      webhooks: parts.webhooks,
      reset: parts.reset,
      params,
      path: match.params,
    });
  } catch (error) {
    if (error instanceof StripeApiError) return errorReply(error);
    if (error instanceof FormError || error instanceof SyntaxError) return errorReply(invalidRequest(error.message));
    throw error;
  }
}

async function route(parts: ServerParts, request: IncomingMessage): Promise<Reply> {
  const url = new URL(request.url ?? '/', 'http://emulator.invalid');
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS') return { status: 204, headers: {}, body: '' };
  if (method === 'GET' && standInPaths.has(url.pathname)) {
    return {
      status: 200,
      headers: {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Cross-Origin-Resource-Policy': 'cross-origin',
      },
      body: parts.standInScript,
    };
  }
  // Browsers ask for it on the bank page; an empty answer keeps their console clean.
  if (url.pathname === '/favicon.ico') return { status: 204, headers: {}, body: '' };
  const body = await readBody(request);
  if (url.pathname.startsWith('/v1/')) return handleApi(parts, request, url, body);
  if (url.pathname.startsWith('/_emulator/')) return handleControl(parts, request, url, body);
  return errorReply(unrecognizedUrl(method, url.pathname));
}

function send(response: ServerResponse, reply: Reply): void {
  const body = Buffer.from(reply.body, 'utf8');
  response.writeHead(reply.status, { ...corsHeaders, ...reply.headers, 'Content-Length': String(body.length) });
  response.end(body);
}

export function createEmulatorServer(parts: ServerParts): Server {
  return createServer((request, response) => {
    route(parts, request).then(
      (reply) => send(response, reply),
      (error: unknown) => {
        if (error instanceof StripeApiError) return send(response, errorReply(error));
        parts.log(
          `stripe-emulator: ${request.method} ${request.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        send(response, errorReply(apiError()));
      },
    );
  });
}
