/** What the main process knows about the open document, reported by the renderer. */
export class DocumentSession {
  /** Unsaved changes: closing must ask. */
  dirty = false;
  /** The user chose Save in the close dialog: close once the renderer reports a clean document. */
  closeAfterSave = false;
  /** The user chose Don't save: close without asking again. */
  allowClose = false;
  /** A close dialog is showing. */
  confirming = false;
  /** Paths the user chose or opened in this session (or from the recent list): writable without asking. */
  readonly grantedPaths = new Set<string>();
}
