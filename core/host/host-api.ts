/**
 * The one typed boundary between the renderer and the operating system. The Electron
 * preload implements it over IPC; the browser build implements it with file inputs,
 * the File System Access API, downloads and IndexedDB. Types only: no runtime code.
 */

/** A project or data file read by the host. */
export interface OpenedFile {
  /**
   * Opaque host handle for writing the file back: an absolute path in Electron, a stored
   * FileSystemFileHandle key in the browser; null when the file cannot be written back
   * (plain file input), in which case Save behaves like Save As.
   */
  handleId: string | null;
  /** File name shown to the user, e.g. `langeland.frekvensplan`. */
  name: string;
  text: string;
}

export type OpenResult =
  { ok: true; file: OpenedFile } | { ok: false; canceled: true } | { ok: false; canceled: false; message: string };

export type SaveResult =
  | { ok: true; handleId: string | null; name: string }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; message: string };

export interface SaveRequest {
  /** Where to write; null (or saveAs) asks the user for a location. */
  handleId: string | null;
  suggestedName: string;
  text: string;
  saveAs: boolean;
}

export interface ExportRequest {
  suggestedName: string;
  bytes: Uint8Array;
  mimeType: string;
}

/** A file picked for import: its bytes, or its size when it is over the limit for its type and was not read. */
export type PickedFile =
  { name: string; bytes: Uint8Array } | { name: string; tooLarge: { sizeBytes: number; limitBytes: number } };

export interface RecentFile {
  handleId: string;
  name: string;
  /** ISO timestamp of the last open or save. */
  openedAt: string;
}

/** The autosaved copy of an unsaved document, offered for recovery after a crash. */
export interface RecoveryEntry {
  /** ISO timestamp of the autosave. */
  savedAt: string;
  name: string;
  handleId: string | null;
  text: string;
  /** Opaque slot of this copy where a host keeps several (the browser: one per tab and document). */
  id?: string;
}

/** Commands the native menu (or the browser's menu bar) sends to the renderer. */
export type MenuCommand =
  | 'file.new'
  | 'file.open'
  | 'file.save'
  | 'file.saveAs'
  | 'file.import'
  | 'file.export'
  | 'edit.undo'
  | 'edit.redo'
  | 'edit.delete'
  | 'view.fitProject'
  | 'view.toggleLanguage'
  | 'request.open'
  | 'terms.open'
  | 'slices.open'
  | 'coverage.open'
  | 'link.open'
  | 'calibration.open'
  | 'help.about';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.import',
  'file.export',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'view.fitProject',
  'view.toggleLanguage',
  'request.open',
  'terms.open',
  'slices.open',
  'coverage.open',
  'link.open',
  'calibration.open',
  'help.about',
];

export interface HostApi {
  readonly kind: 'electron' | 'browser';
  /** BCP 47 locale of the operating system (or browser), e.g. `da-DK`. */
  getLocale(): Promise<string>;
  /** Asks the user for a project file and reads it. */
  openProject(): Promise<OpenResult>;
  /** Reads a file from the recent list. */
  openRecent(handleId: string): Promise<OpenResult>;
  listRecent(): Promise<RecentFile[]>;
  /** Writes the project atomically (keeping the previous version as a backup). */
  saveProject(request: SaveRequest): Promise<SaveResult>;
  /**
   * Writes this window's autosave recovery copy of the unsaved document. `replacesId` names an offered copy that
   * was just restored into this window: it is removed once this copy is safely written.
   */
  writeRecovery(entry: Omit<RecoveryEntry, 'savedAt' | 'id'>, replacesId?: string): Promise<void>;
  /** The recovery copy to offer at start (this window's own, or one a crashed window left), or null. */
  readRecovery(): Promise<RecoveryEntry | null>;
  /** Removes this window's recovery copy, or with `id` the offered copy the user discarded. */
  clearRecovery(id?: string): Promise<void>;
  /** Tells the host the window title and whether closing must ask about unsaved changes. */
  setDocumentState(state: { title: string; dirty: boolean }): void;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand, recentHandleId?: string) => void): () => void;
  /** Subscribes to files opened from the OS (file association, second instance, drop). */
  onOpenFile(listener: (result: OpenResult) => void): () => void;
  /** Saves exported bytes (PDF, DOCX, GeoJSON…) where the user chooses. */
  exportFile(request: ExportRequest): Promise<SaveResult>;
  /** Asks the user for a file to import and returns its bytes (or that it is too large to read); null when cancelled. */
  pickImportFile(extensions: string[]): Promise<PickedFile | null>;
  /** Opens an https URL in the system browser if its host is allow-listed. */
  openExternal(url: string): Promise<boolean>;
}
