import { dirname } from 'node:path';

import type { Lang, LocalizedText } from '../core/i18n/localized';
import { lt } from '../core/i18n/localized';
import { AtomicWriteError, BACKUP_SUFFIX } from './atomic-file';

/** Error codes a user can cause by choosing a file or folder. */
const USER_CAUSED_CODES = new Set([
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EBUSY',
  'ELOOP',
  'ENAMETOOLONG',
  'EFBIG',
  'EINVAL',
  'EXDEV',
  'READ_ONLY',
  'NOT_A_FILE',
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

/** Text for one code: what happened to `p` and what to do; the generic case names the code and the error. */
function explain(code: string | undefined, p: string, action: 'read' | 'write', detail: string): LocalizedText {
  const another = lt(
    'Vælg en anden placering, fx mappen Dokumenter.',
    'Choose another location, for example your Documents folder.',
  );
  const join = (a: LocalizedText, b: LocalizedText) => lt(`${a.da} ${b.da}`, `${a.en} ${b.en}`);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return action === 'read'
        ? lt(`Filen findes ikke: ${p}`, `The file does not exist: ${p}`)
        : join(lt(`Mappen findes ikke: ${dirname(p)}`, `The folder does not exist: ${dirname(p)}`), another);
    case 'EISDIR':
      return lt(
        `${p} er en mappe, ikke en fil. Flyt eller omdøb mappen, eller vælg et andet navn.`,
        `${p} is a folder, not a file. Move or rename the folder, or choose another name.`,
      );
    case 'NOT_A_FILE':
      return lt(
        `${p} er ikke en almindelig fil (fx en enhed eller en navngivet pipe) og åbnes eller overskrives ikke.`,
        `${p} is not a regular file (e.g. a device or a named pipe) and is not opened or overwritten.`,
      );
    case 'READ_ONLY':
      return lt(
        `${p} er skrivebeskyttet og overskrives ikke. Gem under et andet navn, eller fjern skrivebeskyttelsen.`,
        `${p} is read-only and is not overwritten. Save under another name, or remove the write protection.`,
      );
    case 'EACCES':
    case 'EPERM':
      return lt(
        `Du har ikke adgang til ${p}. Vælg en anden placering eller ret rettighederne.`,
        `You do not have permission to access ${p}. Choose another location or change its permissions.`,
      );
    case 'EROFS':
      return join(lt(`${p} ligger på et skrivebeskyttet drev.`, `${p} is on a read-only drive.`), another);
    case 'ENOSPC':
      return lt(
        `Der er ikke plads på drevet til ${p}. Frigør plads, eller gem på et andet drev.`,
        `There is no space left on the drive for ${p}. Free some space, or save to another drive.`,
      );
    case 'EDQUOT':
      return lt(
        `Din diskkvote er opbrugt, så ${p} kan ikke gemmes. Slet filer, eller gem et andet sted.`,
        `Your disk quota is used up, so ${p} cannot be saved. Delete files, or save somewhere else.`,
      );
    case 'EFBIG':
      return join(
        lt(`${p} er for stor til drevets filsystem.`, `${p} is too large for the drive's file system.`),
        another,
      );
    case 'EBUSY':
    case 'ETXTBSY':
      return lt(
        `${p} bruges af et andet program. Luk programmet, og prøv igen.`,
        `${p} is in use by another program. Close that program and try again.`,
      );
    case 'EIO':
      return lt(
        `Drevet meldte en læse-/skrivefejl for ${p}. Kontrollér drevet eller netværksforbindelsen, og gem et andet sted.`,
        `The drive reported an input/output error for ${p}. Check the drive or the network connection, and save somewhere else.`,
      );
    case 'ENAMETOOLONG':
    case 'EINVAL':
      return lt(
        `Navnet eller stien ${p} kan ikke bruges på dette drev. Vælg et kortere navn uden specialtegn.`,
        `The name or path ${p} cannot be used on this drive. Choose a shorter name without special characters.`,
      );
    default:
      return action === 'read'
        ? lt(
            `Filen kunne ikke åbnes: ${p} (${code ?? detail}). Kontrollér filen og drevet.`,
            `The file could not be opened: ${p} (${code ?? detail}). Check the file and the drive.`,
          )
        : join(
            lt(
              `Filen kunne ikke gemmes: ${p} (${code ?? detail}).`,
              `The file could not be saved: ${p} (${code ?? detail}).`,
            ),
            another,
          );
  }
}

/**
 * A bilingual explanation of a failed read or write of `filePath`, with what to do about it. Every error gets
 * one: unknown codes name the code and the path. An AtomicWriteError names the path of the failed step (e.g.
 * the `.bak` copy) and says the open file is unchanged.
 */
export function describeFsError(error: unknown, filePath: string, action: 'read' | 'write'): LocalizedText {
  const detail = error instanceof Error ? error.message : String(error);
  if (!(error instanceof AtomicWriteError)) return explain(errorCode(error), filePath, action, detail);
  const cause = errorCode(error.cause);
  const text = explain(error.code === 'UNKNOWN' ? cause : error.code, error.path, action, detail);
  if (error.step === 'backup' && error.path.endsWith(BACKUP_SUFFIX))
    return lt(
      `Sikkerhedskopien af den forrige version kunne ikke gemmes, så intet er ændret. ${text.da}`,
      `The backup of the previous version could not be kept, so nothing was changed. ${text.en}`,
    );
  return text;
}

/** Picks the UI language for main-process messages from a BCP 47 locale such as `da-DK`. */
export function langFromLocale(locale: string): Lang {
  return locale.toLowerCase().startsWith('da') ? 'da' : 'en';
}
