/**
 * `npm test`: everything a change must pass, in order of cost. Every step runs (so one run
 * shows every problem), except that the browser steps need a successful build.
 * The last line is the summary CI reads: "test: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseEnv } from '../src/lib/env.server.ts';
import { stampFile } from './lib/build-freshness.ts';
import { binPath } from './lib/run.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const node = process.execPath;
type Step = { name: string; command: string[]; needsBuild?: boolean; after?: () => void };

const steps: Step[] = [
  // First, because integration tests drive the stand-in Stripe.js in Chromium too.
  { name: 'browser', command: [node, 'scripts/ensure-browser.ts'] },
  { name: 'type check', command: [node, binPath('astro', 'bin/astro.mjs'), 'check'] },
  { name: 'lint', command: [node, binPath('eslint', 'bin/eslint.js'), '.', '--max-warnings=0'] },
  { name: 'format', command: [node, binPath('prettier', 'bin/prettier.cjs'), '--check', '.', '--log-level=warn'] },
  { name: 'unit tests', command: [node, binPath('vitest', 'vitest.mjs'), 'run', '--project', 'unit'] },
  { name: 'integration tests', command: [node, binPath('vitest', 'vitest.mjs'), 'run', '--project', 'integration'] },
  {
    name: 'build',
    command: [node, binPath('astro', 'bin/astro.mjs'), 'build'],
    // Stamp the build as start.ts does, so the test servers reuse it instead of rebuilding.
    after: () => {
      const env = parseEnv(process.env);
      writeFileSync(stampFile, JSON.stringify({ catalogDir: env.CATALOG_DIR, siteUrl: env.SITE_URL }));
    },
  },
  { name: 'end-to-end tests', command: [node, binPath('@playwright/test', 'cli.js'), 'test'], needsBuild: true },
  { name: 'lighthouse budgets', command: [node, 'scripts/lighthouse.ts'], needsBuild: true },
];

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number; skipped?: boolean }[] = [];
let buildOk = true;

for (const step of steps) {
  if (only.length > 0 && !only.some((word) => step.name.includes(word))) continue;
  if (step.needsBuild && !buildOk) {
    results.push({ name: step.name, ok: false, seconds: 0, skipped: true });
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const [bin, ...args] = step.command;
  const status = spawnSync(bin!, args, { stdio: 'inherit' }).status;
  const ok = status === 0;
  if (ok) step.after?.();
  if (step.name === 'build') buildOk = ok;
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\nsteps:');
for (const r of results)
  console.log(`  ${r.ok ? 'ok  ' : r.skipped ? 'skip' : 'FAIL'}  ${r.name}${r.skipped ? ' (no build)' : ` (${r.seconds}s)`}`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`test: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
