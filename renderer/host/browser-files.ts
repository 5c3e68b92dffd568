import type { OpenResult, PickedFile } from '../../core/host/host-api';
import { fileByteLimit, IMPORT_LIMITS, parseFailureProblem } from '../../core/io/limits';

/** Bilingual text of a failed browser file operation, naming the file and what to do (D2, browser build). */
const TEXTS: Record<string, { da: (n: string) => string; en: (n: string) => string }> = {
  NotAllowedError: {
    da: (n) => `Browseren fik ikke lov til at bruge ${n}. Giv tilladelse, når browseren spørger, eller brug Gem som.`,
    en: (n) => `The browser was not allowed to use ${n}. Grant permission when the browser asks, or use Save As.`,
  },
  SecurityError: {
    da: (n) => `Browseren blokerede adgangen til ${n}. Brug Gem som, og vælg en fil i en almindelig mappe.`,
    en: (n) => `The browser blocked access to ${n}. Use Save As and choose a file in an ordinary folder.`,
  },
  NotFoundError: {
    da: (n) => `${n} findes ikke længere (flyttet eller slettet). Brug Gem som.`,
    en: (n) => `${n} no longer exists (moved or deleted). Use Save As.`,
  },
  NoModificationAllowedError: {
    da: (n) => `${n} er skrivebeskyttet eller låst af et andet program. Brug Gem som, og vælg en anden fil.`,
    en: (n) => `${n} is read-only or locked by another program. Use Save As and choose another file.`,
  },
  InvalidModificationError: {
    da: (n) => `${n} kunne ikke ændres. Brug Gem som, og vælg en anden fil.`,
    en: (n) => `${n} could not be changed. Use Save As and choose another file.`,
  },
  QuotaExceededError: {
    da: (n) => `Der er ikke plads til ${n}. Frigør plads, eller gem et andet sted.`,
    en: (n) => `There is no space for ${n}. Free some space, or save somewhere else.`,
  },
  InvalidStateError: {
    da: (n) => `${n} blev ændret, mens den blev gemt. Gem igen, eller brug Gem som.`,
    en: (n) => `${n} changed while it was being saved. Save again, or use Save As.`,
  },
};

/** The UI language the page shows (renderer/app keeps <html lang> in step with it). */
function pageLang(): 'da' | 'en' {
  return document.documentElement.lang === 'en' ? 'en' : 'da';
}

/** A message for a failed read or write of `fileName` in the browser: what happened and what to do. */
export function describeBrowserFileError(error: unknown, fileName: string, action: 'read' | 'write'): string {
  const lang = pageLang();
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const known = TEXTS[name];
  if (known) return known[lang](fileName);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (action === 'read')
    return lang === 'da'
      ? `${fileName} kunne ikke læses (${detail}). Kontrollér filen, og prøv igen.`
      : `${fileName} could not be read (${detail}). Check the file and try again.`;
  return lang === 'da'
    ? `${fileName} kunne ikke gemmes (${detail}). Brug Gem som, og vælg et andet sted.`
    : `${fileName} could not be saved (${detail}). Use Save As and choose another place.`;
}

/** Reads a picked or dropped file, unless it is over the limit for its type (then only its size is reported). */
export async function readPickedFile(file: File): Promise<PickedFile> {
  const limitBytes = fileByteLimit(file.name);
  if (file.size > limitBytes) return { name: file.name, tooLarge: { sizeBytes: file.size, limitBytes } };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Reads a project file the user chose as text, unless it is over IMPORT_LIMITS.maxProjectBytes: then nothing is
 * read and the message gives its size and the limit (as the desktop build and the CLI do).
 */
export async function readProjectText(file: File, handleId: string | null): Promise<OpenResult> {
  const limitBytes = IMPORT_LIMITS.maxProjectBytes;
  if (file.size > limitBytes) {
    const problem = parseFailureProblem(file.name, { reason: 'tooLargeFile', sizeBytes: file.size, limitBytes });
    return { ok: false, canceled: false, message: `${file.name}: ${problem.message[pageLang()]}` };
  }
  return { ok: true, file: { handleId, name: file.name, text: await file.text() } };
}
