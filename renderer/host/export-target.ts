/**
 * Export targets of the browser build: where an export goes, chosen before it is built. Chromium allows the save
 * picker only within about 5 s of the click (user activation), so the picker comes first and the bytes later.
 * Electron's native dialog has no such limit; it builds first and uses HostApi.exportFile.
 */

/** Result of writing the built bytes; `reason` is the browser's DOMException name (NotAllowedError…). */
export type ExportWriteResult = { ok: true; name: string } | { ok: false; message: string; reason?: string };

/** Where an export goes once its bytes are built: a file the user chose, or the browser's downloads. */
export interface ExportTarget {
  /** The chosen file name (or the download's name). */
  readonly name: string;
  readonly via: 'file' | 'download';
  write(bytes: Uint8Array): Promise<ExportWriteResult>;
}

export type ExportTargetResult =
  | { ok: true; target: ExportTarget }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; message: string; reason?: string };

/** Asks where to save; must be called synchronously from the click, before any await. */
export type ChooseExportTarget = (request: { suggestedName: string; mimeType: string }) => Promise<ExportTargetResult>;
