import type { Lang, LocalizedText } from '../core/i18n/localized';
import { lt } from '../core/i18n/localized';

/** Error codes a user can cause by choosing a file or folder. */
const USER_CAUSED_CODES = new Set([
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EBUSY',
  'ELOOP',
  'ENAMETOOLONG',
]);

/** Node's error code (e.g. `ENOENT`) of a file-system error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** True when the error comes from the user's choice of file (missing, a folder, no access, disk full). */
export function isUserCausedFsError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && USER_CAUSED_CODES.has(code);
}

/** A human-readable, bilingual explanation of a failed read or write of `filePath`. */
export function describeFsError(error: unknown, filePath: string, action: 'read' | 'write'): LocalizedText {
  const verbDa = action === 'read' ? 'åbnes' : 'gemmes';
  const verbEn = action === 'read' ? 'opened' : 'saved';
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return action === 'read'
        ? lt(`Filen findes ikke: ${filePath}`, `The file does not exist: ${filePath}`)
        : lt(`Mappen findes ikke: ${filePath}`, `The folder does not exist: ${filePath}`);
    case 'EISDIR':
      return lt(`${filePath} er en mappe, ikke en fil.`, `${filePath} is a folder, not a file.`);
    case 'EACCES':
    case 'EPERM':
      return lt(
        `Du har ikke adgang til ${filePath}. Vælg en anden placering eller ret filens rettigheder.`,
        `You do not have permission to access ${filePath}. Choose another location or change its permissions.`,
      );
    case 'EROFS':
      return lt(`${filePath} ligger på et skrivebeskyttet drev.`, `${filePath} is on a read-only drive.`);
    case 'ENOSPC':
      return lt(`Der er ikke plads på drevet til ${filePath}.`, `There is no space left on the drive for ${filePath}.`);
    case 'EBUSY':
      return lt(`${filePath} bruges af et andet program.`, `${filePath} is in use by another program.`);
    default:
      return lt(
        `Filen kunne ikke ${verbDa}: ${filePath} (${String(errorCode(error) ?? error)})`,
        `The file could not be ${verbEn}: ${filePath} (${String(errorCode(error) ?? error)})`,
      );
  }
}

/** Picks the UI language for main-process messages from a BCP 47 locale such as `da-DK`. */
export function langFromLocale(locale: string): Lang {
  return locale.toLowerCase().startsWith('da') ? 'da' : 'en';
}
