/**
 * Makes sure a Chromium is available for Playwright and Lighthouse. As root on Debian it
 * installs Debian's chromium package; anywhere else it says how to get one and fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/browser.ts';

const found = findChromium();
if (found) {
  console.log(`browser: ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version');
if (isRoot && isDebian) {
  console.log("browser: no Chromium found; installing Debian's chromium package (about a minute)…");
  const run = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (run(['update', '-qq']).status === 0 && run(['install', '-y', '-qq', 'chromium']).status === 0 && findChromium()) {
    console.log(`browser: installed ${findChromium()}`);
    process.exit(0);
  }
  console.error('browser: apt-get install chromium failed; see the messages above.');
  process.exit(1);
}

console.error(
  'browser: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) ' +
    'or set CHROME_PATH to a Chromium or Chrome binary, then run the tests again.',
);
process.exit(1);
