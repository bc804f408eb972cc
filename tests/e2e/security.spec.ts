/**
 * What the build hands to browsers must hold no secret, and no build may carry the local
 * Stripe emulator (a development tool). Checked here rather than as a unit test because the
 * end-to-end run always serves a fresh build: dist/ is there and current.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { testServerInfo } from './support/orders.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Where a pattern occurs, as "file: …context…", for a failure message that shows the leak. */
function occurrences(files: readonly string[], pattern: RegExp): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'latin1');
    const match = pattern.exec(text);
    if (match) found.push(`${path.relative(process.cwd(), file)}: …${text.slice(Math.max(0, match.index - 40), match.index + 60)}…`);
  }
  return found;
}

// Strings only the emulator's code contains (checked below against its sources, so a rename
// there cannot turn this test into a no-op).
const emulatorMarkers = ['startStripeEmulator', '/_emulator/', 'kse-badge', 'Stripe.emulator'];

test.describe('the build', () => {
  test.skip(({ isMobile }) => !isMobile, 'the build is the same for every viewport');

  // Listed when a test runs, not when the file loads: the build may not exist before the server starts.
  const client = () => filesUnder(path.resolve('dist/client'));
  const server = () => filesUnder(path.resolve('dist/server'));

  test('has something to check', () => {
    expect(client().some((file) => file.endsWith('.js'))).toBe(true);
    expect(server().some((file) => file.endsWith('.mjs'))).toBe(true);
  });

  test('gives browsers no Stripe secret key, restricted key or webhook secret', () => {
    expect(occurrences(client(), /sk_(?:test|live)_/)).toEqual([]);
    expect(occurrences(client(), /\brk_(?:test|live)_/)).toEqual([]);
    expect(occurrences(client(), /whsec_/)).toEqual([]);
  });

  test('gives browsers no database address with credentials', () => {
    expect(occurrences(client(), /postgres(?:ql)?:\/\/[^\s"'`/]*:[^\s"'`/]*@/)).toEqual([]);
  });

  test('holds the running server’s token secret nowhere', async ({ request, baseURL }) => {
    // The server makes its local token secret on first use: ask for a status page first.
    await request.get('/bestelling/PB-333333?t=x');
    const { dataDir } = await testServerInfo(baseURL!);
    const secret = process.env['TOKEN_SECRET'] ?? readFileSync(path.join(dataDir, 'token-secret'), 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(occurrences([...client(), ...server()], new RegExp(escaped))).toEqual([]);
  });

  test('carries none of the Stripe emulator’s code, in the browser or on the server', () => {
    const emulatorDir = path.resolve('scripts/stripe-emulator');
    const sources = filesUnder(emulatorDir).map((file) => readFileSync(file, 'utf8'));
    for (const marker of emulatorMarkers) {
      expect(
        sources.some((source) => source.includes(marker)),
        `marker ${marker} is in the emulator`,
      ).toBe(true);
      const pattern = new RegExp(marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
      expect(occurrences([...client(), ...server()], pattern), marker).toEqual([]);
    }
  });
});
