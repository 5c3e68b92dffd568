/**
 * The one place that touches `ipcMain`. Every handler is registered through `handle`/`on`,
 * which reject senders that are not the app's own top-level page, validate the arguments
 * against the contract's zod schema, and turn failures into `IpcReply` values.
 */
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import type { z } from 'zod';

import type { InvokeArgs, InvokeMethod, InvokeResult, IpcReply, SendMethod } from '../shared/ipc-contract';
import { INVOKE_ARG_SCHEMAS, INVOKE_CHANNELS, SEND_ARG_SCHEMAS, SEND_CHANNELS } from '../shared/ipc-contract';
import type { SenderInfo } from '../shared/ipc-guard';
import { checkIpcMessage } from '../shared/ipc-guard';

/** Arguments of a one-way message. */
export type SendArgs<K extends SendMethod> = z.output<(typeof SEND_ARG_SCHEMAS)[K]>;

function senderInfo(event: IpcMainEvent | IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return { url: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
}

/** Registers the handler of an invoke channel. */
export function handle<K extends InvokeMethod>(
  method: K,
  handler: (sender: WebContents, ...args: InvokeArgs<K>) => Promise<InvokeResult<K>> | InvokeResult<K>,
): void {
  const channel = INVOKE_CHANNELS[method];
  const schema = INVOKE_ARG_SCHEMAS[method] as unknown as z.ZodType<InvokeArgs<K>>;
  ipcMain.handle(channel, async (event, ...rawArgs: unknown[]): Promise<IpcReply<InvokeResult<K>>> => {
    const checked = checkIpcMessage(channel, senderInfo(event), schema, rawArgs);
    if (!checked.ok) {
      console.warn(`[ipc] ${checked.error}`);
      return checked;
    }
    try {
      return { ok: true, value: await handler(event.sender, ...checked.args) };
    } catch (error) {
      console.error(`[ipc] ${channel} failed`, error);
      return { ok: false, error: `${channel} failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  });
}

/** Registers the listener of a one-way channel; invalid messages are logged and dropped. */
export function on<K extends SendMethod>(
  method: K,
  listener: (sender: WebContents, ...args: SendArgs<K>) => void,
): void {
  const channel = SEND_CHANNELS[method];
  const schema = SEND_ARG_SCHEMAS[method] as unknown as z.ZodType<SendArgs<K>>;
  ipcMain.on(channel, (event, ...rawArgs: unknown[]) => {
    const checked = checkIpcMessage(channel, senderInfo(event), schema, rawArgs);
    if (!checked.ok) {
      console.warn(`[ipc] ${checked.error}`);
      return;
    }
    try {
      listener(event.sender, ...checked.args);
    } catch (error) {
      console.error(`[ipc] ${channel} failed`, error);
    }
  });
}

/** Removes every handler and listener (used before quitting and in tests). */
export function removeAllIpcHandlers(): void {
  for (const channel of Object.values(INVOKE_CHANNELS)) ipcMain.removeHandler(channel);
  for (const channel of Object.values(SEND_CHANNELS)) ipcMain.removeAllListeners(channel);
}
