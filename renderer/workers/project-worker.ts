import { loadProject, type LoadInfo } from '../../core/project/load';
import type { Result } from '../../core/project/problem';
import { decodeText } from '../../core/io/text-decode';

/** A project file to parse, migrate and validate off the UI thread (issue 12 item 2, issue 11 H4). */
export interface ProjectRequest {
  name: string;
  /** The file's text, or its bytes (UTF-8). */
  text?: string;
  bytes?: Uint8Array;
}

/** The loader's answer, or a bug message when it threw. */
export type ProjectResponse = { ok: true; result: Result<LoadInfo> } | { ok: false; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ProjectRequest>) => void) | null;
  postMessage(message: ProjectResponse): void;
};

scope.onmessage = (event) => {
  const { name, text, bytes } = event.data;
  try {
    const source = text ?? decodeText(bytes ?? new Uint8Array()).text;
    scope.postMessage({ ok: true, result: loadProject(source, { file: name }) });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
