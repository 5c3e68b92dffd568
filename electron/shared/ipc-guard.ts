/**
 * The checks every IPC message passes before a handler runs (Electron Fiddle `src/main/ipc.ts`,
 * GitHub Desktop `trusted-ipc-sender.ts`): the sender is the app's own top-level page, and the
 * arguments match the contract. Pure, so it is unit-tested without Electron.
 */
import type { z } from 'zod';

import { APP_HOST, APP_SCHEME } from './ipc-contract';

/** What the main process knows about the frame that sent a message. */
export interface SenderInfo {
  /** URL of the sending frame; null when the frame is gone. */
  url: string | null;
  /** True for a window's top-level frame (not an iframe). */
  isMainFrame: boolean;
}

/** True when `url` is a page of the app itself (`app://frekvensplan/…`). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    // Node's URL reports origin "null" for custom schemes, so compare scheme and host.
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Validates a message; the checked arguments, or the error sent back to the renderer. */
export function checkIpcMessage<T>(
  channel: string,
  sender: SenderInfo,
  schema: z.ZodType<T>,
  rawArgs: readonly unknown[],
): { ok: true; args: T } | { ok: false; error: string } {
  if (!sender.isMainFrame || !isAppUrl(sender.url)) {
    return { ok: false, error: `${channel}: rejected message from untrusted sender ${sender.url ?? '(unknown)'}` };
  }
  const parsed = schema.safeParse(rawArgs);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`).join('; ');
    return { ok: false, error: `${channel}: invalid arguments: ${issues}` };
  }
  return { ok: true, args: parsed.data };
}
