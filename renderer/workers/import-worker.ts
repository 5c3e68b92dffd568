import { importFile, type ImportFileResult } from '../../core/io/import-file';
import type { CsvImportOptions } from '../../core/io/csv-sites';
import { detectDelimiter, parseCsv } from '../../core/io/csv-parse';
import { decodeText } from '../../core/io/text-decode';

/** A parse request: the file's name and bytes and the importer options (no functions). */
export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  options: Omit<CsvImportOptions, 'makeId'>;
}

/**
 * The answer: the importer's result plus, for CSV, the header row (so columns can be
 * mapped even when the guessed mapping failed); or a bug message when the importer threw.
 */
export type ImportResponse =
  { ok: true; result: ImportFileResult; csvHeaders: string[] | null } | { ok: false; error: string };

function csvHeaders(name: string, bytes: Uint8Array): string[] | null {
  if (!/\.(csv|txt)$/i.test(name)) return null;
  const { text } = decodeText(bytes);
  const first = parseCsv(text, detectDelimiter(text)).rows[0];
  return first ? first.cells.map((cell) => cell.trim()) : [];
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
};

scope.onmessage = (event) => {
  const { name, bytes, options } = event.data;
  try {
    scope.postMessage({ ok: true, result: importFile(name, bytes, options), csvHeaders: csvHeaders(name, bytes) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
