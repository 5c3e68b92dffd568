// First step of `npm test`: stops at once, with one message, when no usable Chromium is installed, instead
// of every browser test failing on its own with "executable doesn't exist".
import { execFileSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const HOW =
  'Install Chromium with your package manager (e.g. `sudo apt install chromium`), ' +
  'or set CHROMIUM_PATH to an installed Chromium or Google Chrome.';

const found = findChromium();
if ('error' in found) {
  console.error(`npm test needs Chromium for the browser tests: ${found.error}. ${HOW}`);
  process.exit(1);
}
if (found.path) {
  try {
    execFileSync(found.path, ['--version'], { stdio: 'pipe', timeout: 60_000 });
  } catch (error) {
    const reason =
      error.code === 'ETIMEDOUT'
        ? 'it did not answer'
        : String(error.stderr || error.message)
            .trim()
            .split('\n')[0];
    console.error(`npm test needs a Chromium that runs: ${found.path} does not (${reason}). ${HOW}`);
    process.exit(1);
  }
}
