/**
 * The one typed IPC contract between the main process and the preload: channel names, zod
 * schemas for every argument the renderer can send, and the main → renderer events. It mirrors
 * `HostApi` (core/host/host-api.ts); the `satisfies` clauses fail to compile when they drift.
 * Modelled on GitHub Desktop's `app/src/lib/ipc-shared.ts`.
 */
import { z } from 'zod';

import type { HostApi, MenuCommand, OpenResult } from '../../core/host/host-api';
import { MENU_COMMANDS } from '../../core/host/host-api';

/** Custom scheme and host the renderer is served from; the only origin IPC accepts. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'frekvensplan';
/** Start page of the renderer. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** HostApi methods the renderer calls and awaits (ipcRenderer.invoke). */
export type InvokeMethod = Exclude<keyof HostApi, 'kind' | 'setDocumentState' | 'onMenuCommand' | 'onOpenFile'>;
/** Arguments of an invoke method, as the renderer passes them. */
export type InvokeArgs<K extends InvokeMethod> = Parameters<HostApi[K]>;
/** Resolved value of an invoke method. */
export type InvokeResult<K extends InvokeMethod> = Awaited<ReturnType<HostApi[K]>>;

/** What every invoke handler sends back: errors (bad sender, bad arguments, bugs) are values. */
export type IpcReply<T> = { ok: true; value: T } | { ok: false; error: string };

export const INVOKE_CHANNELS = {
  getLocale: 'host:get-locale',
  openProject: 'host:open-project',
  openRecent: 'host:open-recent',
  listRecent: 'host:list-recent',
  saveProject: 'host:save-project',
  writeRecovery: 'host:write-recovery',
  readRecovery: 'host:read-recovery',
  clearRecovery: 'host:clear-recovery',
  exportFile: 'host:export-file',
  pickImportFile: 'host:pick-import-file',
  openExternal: 'host:open-external',
} as const satisfies Record<InvokeMethod, string>;

/** One-way renderer → main messages (ipcRenderer.send). */
export const SEND_CHANNELS = {
  setDocumentState: 'host:set-document-state',
  /** The renderer subscribed to open-file events: queued files may be delivered. */
  rendererReady: 'host:renderer-ready',
} as const;
export type SendMethod = keyof typeof SEND_CHANNELS;

/** Main → renderer events. */
export const EVENT_CHANNELS = {
  menuCommand: 'host:menu-command',
  openFile: 'host:open-file',
} as const;

/** Largest text (project, recovery copy) accepted over IPC, in UTF-16 code units (~200 MB file). */
export const MAX_TEXT_LENGTH = 200 * 1024 * 1024;
/** Largest export accepted over IPC, in bytes. */
export const MAX_EXPORT_BYTES = 500 * 1024 * 1024;

/** Field schemas shared by several messages. */
function fieldSchemas() {
  return {
    handleId: z.string().min(1).max(4096),
    recoveryId: z.string().min(1).max(200),
    name: z.string().max(1024),
    text: z.string().max(MAX_TEXT_LENGTH),
    bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength <= MAX_EXPORT_BYTES, {
      message: `Expected a Uint8Array of at most ${MAX_EXPORT_BYTES} bytes`,
    }),
  };
}

function buildInvokeArgSchemas() {
  const f = fieldSchemas();
  return {
    getLocale: z.tuple([]),
    openProject: z.tuple([]),
    openRecent: z.tuple([f.handleId]),
    listRecent: z.tuple([]),
    saveProject: z.tuple([
      z.strictObject({ handleId: f.handleId.nullable(), suggestedName: f.name, text: f.text, saveAs: z.boolean() }),
    ]),
    writeRecovery: z.tuple([
      z.strictObject({ name: f.name, handleId: f.handleId.nullable(), text: f.text }),
      f.recoveryId.optional(),
    ]),
    readRecovery: z.tuple([]),
    clearRecovery: z.tuple([f.recoveryId.optional()]),
    exportFile: z.tuple([z.strictObject({ suggestedName: f.name, bytes: f.bytes, mimeType: z.string().max(255) })]),
    pickImportFile: z.tuple([z.array(z.string().regex(/^\.?[A-Za-z0-9]{1,16}$/)).max(32)]),
    openExternal: z.tuple([z.string().max(2048)]),
  } satisfies { [K in InvokeMethod]: z.ZodType<InvokeArgs<K>> };
}

function buildSendArgSchemas() {
  return {
    setDocumentState: z.tuple([z.strictObject({ title: z.string().max(500), dirty: z.boolean() })]),
    rendererReady: z.tuple([]),
  } satisfies { setDocumentState: z.ZodType<Parameters<HostApi['setDocumentState']>>; rendererReady: z.ZodType<[]> };
}

function buildMenuCommandEventSchema() {
  return z.strictObject({
    command: z.enum(MENU_COMMANDS as [MenuCommand, ...MenuCommand[]]),
    recentHandleId: fieldSchemas().handleId.optional(),
  }) satisfies z.ZodType<MenuCommandEvent>;
}

// The schemas are built in pure calls so the preload bundle, which needs only the channel names,
// tree-shakes zod away: main validates every message, the preload trusts main.

/** Argument tuples of every invoke channel. */
export const INVOKE_ARG_SCHEMAS = /* @__PURE__ */ buildInvokeArgSchemas();
/** Argument tuples of the one-way channels. */
export const SEND_ARG_SCHEMAS = /* @__PURE__ */ buildSendArgSchemas();
/** Payload of the menu-command event (main → renderer). */
export const MENU_COMMAND_EVENT_SCHEMA = /* @__PURE__ */ buildMenuCommandEventSchema();

/** Payload of the menu-command event. */
export interface MenuCommandEvent {
  command: MenuCommand;
  /** Set for File → Open Recent items. */
  recentHandleId?: string;
}
/** Payloads of main → renderer events. */
export interface EventPayloads {
  menuCommand: MenuCommandEvent;
  openFile: OpenResult;
}
