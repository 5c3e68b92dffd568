import type { Problem } from '../project/problem';
import { areaSchema, corridorSchema, siteSchema } from '../project/schema';
import type { ImportedData } from './imported';
import { schemaProblems } from './schema-check';

/**
 * Every imported object checked against the project schema, as located problems (`sites[3].antennaHeightM`);
 * [] when all of it can be applied and will reopen. The last gate before an import changes the project.
 */
export function importedDataProblems(data: ImportedData, file: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const check = (schema: typeof siteSchema | typeof areaSchema | typeof corridorSchema, list: unknown[], key: string) =>
    list.forEach((value, i) => {
      for (const p of schemaProblems(schema, value, (field) => ({ path: `${key}[${i}].${field}` }), file))
        problems.push(p);
    });
  check(siteSchema, data.sites, 'sites');
  check(areaSchema, data.areas, 'areas');
  check(corridorSchema, data.corridors, 'corridors');
  return problems;
}
