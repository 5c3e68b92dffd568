import type { ImportFileResult } from '../core/io/import-file';
import type { CsvImportOptions } from '../core/io/csv-sites';
import { decodeText } from '../core/io/text-decode';
import type { LoadInfo } from '../core/project/load';
import type { Result } from '../core/project/problem';
import type { Dem } from '../core/terrain/dem';
import type { ReadElevationOptions } from '../core/terrain/read-elevation';

/** One untrusted file to parse, by kind: the bytes as read and the parser's options (data only). */
export type ParseRequest =
  | { kind: 'project'; name: string; bytes: Uint8Array }
  | { kind: 'import'; name: string; bytes: Uint8Array; options?: Omit<CsvImportOptions, 'makeId'> }
  | { kind: 'geotiff'; name: string; bytes: Uint8Array; options?: ReadElevationOptions };

/** The parser's answer for each kind of request. */
export interface ParseResults {
  project: Result<LoadInfo>;
  import: ImportFileResult;
  geotiff: Result<Dem>;
}

export type ParseResult<K extends ParseRequest['kind']> = ParseResults[K];

/** Runs the core parser a request names (in whatever process calls it); each parser is loaded when first needed. */
export async function runParseJob(request: ParseRequest): Promise<ParseResults[ParseRequest['kind']]> {
  switch (request.kind) {
    case 'project': {
      const { loadProject } = await import('../core/project/load');
      return loadProject(decodeText(request.bytes).text, { file: request.name });
    }
    case 'import': {
      const { importFile } = await import('../core/io/import-file');
      return importFile(request.name, request.bytes, request.options ?? {});
    }
    case 'geotiff': {
      const { readElevationGeoTiff } = await import('../core/terrain/read-elevation');
      return readElevationGeoTiff(request.bytes, { ...request.options, file: request.name });
    }
  }
}
