import * as fsp from 'node:fs/promises';

import { errorCode } from './fs-messages';

/** Reads and parses a JSON file: `missing` when absent, `corrupt` when not valid JSON. */
export async function readJsonFile(
  filePath: string,
): Promise<{ kind: 'ok'; value: unknown } | { kind: 'missing' } | { kind: 'corrupt' }> {
  let text: string;
  try {
    text = await fsp.readFile(filePath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'corrupt' };
  }
}
