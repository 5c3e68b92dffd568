// Finds the Chromium the browser end-to-end tests drive: CHROMIUM_PATH, then Debian/Ubuntu's chromium or
// chromium-browser, then a browser Playwright installed itself. Shared by playwright.config.ts and
// scripts/check-chromium.mjs, so `npm test` checks the same browser the tests will use.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

/** System locations tried after CHROMIUM_PATH (FREKVENSPLAN_CHROMIUM_CANDIDATES, ':'-separated, replaces them in tests). */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's own Chromium, when `npx playwright install` put one there; null otherwise. */
function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const file = chromium.executablePath();
    return file && isExecutable(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * The browser to use: `{ path, source }` (path null for Playwright's own browser, which Playwright finds itself),
 * or `{ error }` when there is none; CHROMIUM_PATH that does not point at an executable is an error, not skipped.
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return isExecutable(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : { error: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file` };
  }
  const candidates =
    env.FREKVENSPLAN_CHROMIUM_CANDIDATES !== undefined
      ? env.FREKVENSPLAN_CHROMIUM_CANDIDATES.split(':').filter(Boolean)
      : SYSTEM_CHROMIUM;
  for (const file of candidates) if (isExecutable(file)) return { path: file, source: file };
  const own = playwrightChromium();
  if (own) return { path: null, source: `Playwright's browser (${own})` };
  return {
    error: `no Chromium found (CHROMIUM_PATH unset; tried ${candidates.join(', ') || 'no system paths'}; no Playwright browser)`,
  };
}
