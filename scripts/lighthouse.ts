/**
 * Lighthouse CI against the production build, with the budgets in lighthouserc.json.
 * lhci starts the shop itself (startServerCommand) and drives the system Chromium.
 */
import { findChromium } from './lib/browser.ts';
import { binPath, runNodeScript } from './lib/run.ts';

const chrome = findChromium();
if (!chrome) {
  console.error('lighthouse: no Chromium found; run `npm run test:e2e` once (it installs one on Debian) or set CHROME_PATH.');
  process.exit(1);
}
// lhci expects Chrome through CHROME_PATH; Lighthouse runs are never run two at a time.
const env = { ...process.env, CHROME_PATH: chrome };
const lhci = binPath('@lhci/cli', 'src/cli.js');
const code = runNodeScript(lhci, ['autorun', `--collect.chromePath=${chrome}`], { env });
process.exit(code);
