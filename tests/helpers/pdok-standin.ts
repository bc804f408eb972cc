/**
 * A local stand-in for PDOK Locatieserver v3_1 `/free`, so no test ever calls the real one.
 * It replays the documented response envelope (`{ response: { numFound, start, maxScore,
 * numFoundExact, docs } }`) over a small fixture table of BAG-style addresses, honours the
 * parameters Kassa sends (repeated `fq=field:value`, `fl`, `rows`) and, like v3_1, refuses
 * parameters the OpenAPI description does not list. Modes make it slow or broken on demand.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PdokStandinMode = 'ok' | 'slow' | 'fail' | 'invalid-json' | 'wrong-shape';

export interface PdokStandinOptions {
  mode?: PdokStandinMode;
  /** How long `slow` waits before answering. Default 5000 ms. */
  delayMs?: number;
  /** Status `fail` answers with. Default 500. */
  failStatus?: number;
}

export interface PdokStandin {
  /** Base URL to use as ADDRESS_LOOKUP_URL (without /free). */
  url: string;
  /** Query strings of the requests received, newest last. */
  requests: URLSearchParams[];
  setMode(mode: PdokStandinMode, options?: Omit<PdokStandinOptions, 'mode'>): void;
  close(): Promise<void>;
}

export const basePath = '/bzk/locatieserver/search/v3_1';

type Doc = Record<string, string | number>;

function adres(
  straatnaam: string,
  huisnummer: number,
  postcode: string,
  woonplaatsnaam: string,
  gemeentenaam: string,
  provincienaam: string,
  extra: { huisletter?: string; huisnummertoevoeging?: string; id: string; ll: string },
): Doc {
  const letter = extra.huisletter ?? '';
  const suffix = extra.huisnummertoevoeging ?? '';
  const huisNlt = `${huisnummer}${letter}${suffix ? `-${suffix}` : ''}`;
  return {
    type: 'adres',
    weergavenaam: `${straatnaam} ${huisNlt}, ${postcode} ${woonplaatsnaam}`,
    id: `adr-${extra.id}`,
    straatnaam,
    huisnummer,
    ...(letter ? { huisletter: letter } : {}),
    ...(suffix ? { huisnummertoevoeging: suffix } : {}),
    huis_nlt: huisNlt,
    postcode,
    woonplaatsnaam,
    gemeentenaam,
    provincienaam,
    centroide_ll: `POINT(${extra.ll})`,
    score: 13.456,
  };
}

/** Real-looking Dutch addresses, including a house letter, suffixes and a letter-plus-suffix. */
export const pdokFixtures: readonly Doc[] = [
  adres('Dam', 1, '1012JS', 'Amsterdam', 'Amsterdam', 'Noord-Holland', { id: 'a1c2e3f40001', ll: '4.89126 52.37319' }),
  adres('Weteringschans', 12, '1017SG', 'Amsterdam', 'Amsterdam', 'Noord-Holland', { id: 'a1c2e3f40002', ll: '4.89092 52.36053' }),
  adres('Prinsengracht', 263, '1016GV', 'Amsterdam', 'Amsterdam', 'Noord-Holland', { id: 'a1c2e3f40003', ll: '4.88398 52.37523' }),
  adres('Keizersgracht', 123, '1015CJ', 'Amsterdam', 'Amsterdam', 'Noord-Holland', {
    huisnummertoevoeging: 'H',
    id: 'a1c2e3f40004',
    ll: '4.88789 52.37712',
  }),
  adres('Keizersgracht', 123, '1015CJ', 'Amsterdam', 'Amsterdam', 'Noord-Holland', {
    huisnummertoevoeging: '1',
    id: 'a1c2e3f40005',
    ll: '4.88789 52.37712',
  }),
  adres('Keizersgracht', 123, '1015CJ', 'Amsterdam', 'Amsterdam', 'Noord-Holland', {
    huisnummertoevoeging: '2',
    id: 'a1c2e3f40006',
    ll: '4.88789 52.37712',
  }),
  adres('Binnenhof', 1, '2513AA', "'s-Gravenhage", "'s-Gravenhage", 'Zuid-Holland', {
    huisletter: 'A',
    id: 'a1c2e3f40007',
    ll: '4.31322 52.07979',
  }),
  adres('Coolsingel', 40, '3011AD', 'Rotterdam', 'Rotterdam', 'Zuid-Holland', { id: 'a1c2e3f40008', ll: '4.47971 51.92270' }),
  adres('Oudegracht', 158, '3511AZ', 'Utrecht', 'Utrecht', 'Utrecht', {
    huisletter: 'B',
    huisnummertoevoeging: '2',
    id: 'a1c2e3f40009',
    ll: '5.11987 52.08930',
  }),
  adres('Vrijthof', 47, '6211LE', 'Maastricht', 'Maastricht', 'Limburg', { id: 'a1c2e3f40010', ll: '5.68663 50.84859' }),
  adres('Herestraat', 5, '9711LA', 'Groningen', 'Groningen', 'Groningen', { id: 'a1c2e3f40011', ll: '6.56726 53.21606' }),
  adres('Herestraat', 5, '9711LA', 'Groningen', 'Groningen', 'Groningen', { huisletter: 'A', id: 'a1c2e3f40012', ll: '6.56726 53.21606' }),
  adres('Vismarkt', 12, '8011PT', 'Zwolle', 'Zwolle', 'Overijssel', {
    huisnummertoevoeging: 'bis',
    id: 'a1c2e3f40013',
    ll: '6.09203 52.51227',
  }),
];

/** The parameters the v3_1 OpenAPI description lists for /free; anything else is a 400 there. */
const knownParams = new Set(['q', 'fq', 'fl', 'rows', 'start', 'sort', 'df', 'bq', 'lat', 'lon', 'wt']);

function matches(doc: Doc, filter: string): boolean {
  const colon = filter.indexOf(':');
  if (colon < 1) return false;
  const field = filter.slice(0, colon);
  const value = filter.slice(colon + 1).replace(/^"|"$/g, '');
  const actual = doc[field];
  return actual !== undefined && String(actual).toLowerCase() === value.toLowerCase();
}

function search(params: URLSearchParams): object {
  const filters = params.getAll('fq');
  // Without fq, /free filters on its default types; the fixtures are all `adres` anyway.
  const found = pdokFixtures.filter((doc) => filters.every((f) => matches(doc, f)));
  const rows = Math.min(Number(params.get('rows') ?? 10), 100);
  const fl = (params.get('fl') ?? '').split(/[\s,]+/).filter(Boolean);
  const docs = found
    .slice(0, rows)
    .map((doc) => (fl.length ? Object.fromEntries(Object.entries(doc).filter(([k]) => fl.includes(k))) : doc));
  return { response: { numFound: found.length, start: 0, maxScore: found.length ? 13.456 : 0, numFoundExact: true, docs } };
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export async function startPdokStandin(options: PdokStandinOptions = {}): Promise<PdokStandin> {
  let mode: PdokStandinMode = options.mode ?? 'ok';
  let delayMs = options.delayMs ?? 5000;
  let failStatus = options.failStatus ?? 500;
  const requests: URLSearchParams[] = [];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    if (url.pathname !== `${basePath}/free`) return send(res, 404, JSON.stringify({ message: 'Not Found' }));
    requests.push(url.searchParams);
    const unknown = [...url.searchParams.keys()].filter((key) => !knownParams.has(key));
    if (unknown.length)
      return send(res, 400, JSON.stringify({ title: 'Bad Request', detail: `unknown query parameter(s): ${unknown.join(', ')}` }));
    switch (mode) {
      case 'slow': {
        const timer = setTimeout(() => send(res, 200, JSON.stringify(search(url.searchParams))), delayMs);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'fail':
        return send(res, failStatus, JSON.stringify({ title: 'Internal Server Error' }));
      case 'invalid-json':
        return send(res, 200, '<html><body>502 Bad Gateway</body></html>', 'application/json');
      case 'wrong-shape':
        return send(res, 200, JSON.stringify({ features: [] }));
      case 'ok':
        return send(res, 200, JSON.stringify(search(url.searchParams)));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    setMode(next, more = {}) {
      mode = next;
      delayMs = more.delayMs ?? delayMs;
      failStatus = more.failStatus ?? failStatus;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
