/** Types of scripts/find-chromium.mjs (used by playwright.config.ts). */
export declare const SYSTEM_CHROMIUM: string[];
export declare function findChromium(
  env?: Record<string, string | undefined>,
): { path: string | null; source: string } | { error: string };
