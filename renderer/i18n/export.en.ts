import type { exportDa } from './export.da';

/** English messages of exports and save failures (merged into en.ts). */
export const exportEn: Record<keyof typeof exportDa, string> = {
  'export.failedTitle': 'Export failed',
  'export.buildFailed':
    'The document could not be built. This is a bug in Frekvensplan; please send the technical details.',
  'export.phase.choosing': 'Choose where to save the file …',
  'export.phase.building': 'Building the file …',
  'export.phase.writing': 'Writing the file …',
  'toast.exportedDownload': '{name} was downloaded to the browser’s downloads folder',
  'error.title': 'Something went wrong',
  'error.details': 'Technical details',
  'saveError.notAllowed':
    'The browser did not allow writing the file (permission denied or expired). Try again and allow access when the browser asks.',
  'saveError.security': 'The browser did not allow saving here. Try again, or save in another folder.',
  'saveError.quota': 'There is not enough space on the disk. Free some space or save elsewhere.',
  'saveError.readOnly': 'The file is read-only or open in another program. Close that program or choose another name.',
  'saveError.changed': 'The file was changed or moved while it was being saved. Try again.',
  'saveError.notFound': 'The file or folder no longer exists. Choose another location.',
  'saveError.io': 'The file could not be written because of a disk error. Try another location.',
  'saveError.aborted': 'Writing was interrupted. Try again.',
  'saveError.unknown': 'The file could not be saved (browser error {name}). Try again, or save elsewhere.',
};
