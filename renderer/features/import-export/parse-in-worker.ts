import type { ImportFileResult } from '../../../core/io/import-file';
import type { ImportRequest, ImportResponse } from '../../workers/import-worker';

/** A running parse: its result, and cancel() which terminates the worker. */
export interface ParseJob {
  result: Promise<{ result: ImportFileResult; csvHeaders: string[] | null }>;
  cancel(): void;
}

/** Parses an import file in a web worker so large files never block the UI. */
export function parseInWorker(request: ImportRequest): ParseJob {
  const worker = new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
  let settle: ((response: ImportResponse | null) => void) | null = null;
  const done = new Promise<ImportResponse | null>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<ImportResponse>) => settle?.(event.data);
  worker.onerror = (event) => settle?.({ ok: false, error: event.message || 'worker failed' });
  // Copy the bytes: the dialog keeps its own for re-parsing with another column mapping.
  worker.postMessage({ ...request, bytes: request.bytes.slice() });
  const result = done.then((response) => {
    worker.terminate();
    if (response === null) throw new DOMException('Import canceled', 'AbortError');
    if (!response.ok) throw new Error(response.error);
    return { result: response.result, csvHeaders: response.csvHeaders };
  });
  return {
    result,
    cancel() {
      worker.terminate();
      settle?.(null);
    },
  };
}
