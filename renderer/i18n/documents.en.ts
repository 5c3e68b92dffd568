import type { documentsDa } from './documents.da';

/** English messages of opening, saving, recovery, unsaved changes and skipped import rows (merged into en.ts). */
export const documentsEn: Record<keyof typeof documentsDa, string> = {
  'unsaved.title': 'Unsaved changes',
  'unsaved.text': 'Do you want to save the changes to "{name}"?',
  'unsaved.detail': "Your changes will be lost if you don't save them.",
  'unsaved.save': 'Save',
  'unsaved.dontSave': "Don't Save",
  'unsaved.cancel': 'Cancel',
  'unsaved.saving': 'Saving…',
  'open.busy': 'Opening {name}…',
  'save.errorTitle': 'The project was not saved',
  'save.errorIntro': 'Your changes are not saved, and the project is still open.',
  'recoveryFailed.title': 'The recovery copy could not be opened',
  'recoveryFailed.intro':
    'The autosaved copy of {name} has problems and cannot be opened as a project. The copy is kept and offered again next time.',
  'recoveryFailed.saveCopy': 'Save the copy as a file…',
  'recoveryFailed.keep': 'Keep for later',
  'recoveryFailed.discard': 'Discard the copy',
  'import.applyGood': 'Import {good}, skip {skipped}',
  'import.validRows.one': '{count} valid row',
  'import.validRows.other': '{count} valid rows',
  'import.rows.one': '{count} row',
  'import.rows.other': '{count} rows',
  'import.skipped': 'Rows that will be skipped ({count})',
  'import.skippedRow': 'Line {line}',
  'import.exportSkipped': 'Export the skipped rows (CSV)…',
  'import.skippedHint': 'Fix the rows in the exported file and import it again.',
  'import.problemColumn': 'problem',
  'toast.skippedExported': 'The skipped rows were saved as {name}',
};
