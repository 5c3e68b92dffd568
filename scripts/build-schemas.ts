// Writes data/schemas/*.json from the zod schemas (run: npx tsx scripts/build-schemas.ts).
// A unit test fails when the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedJsonSchemas } from '../core/request/json-schemas';

const dir = join(import.meta.dirname, '..', 'data', 'schemas');
for (const [name, schema] of Object.entries(publishedJsonSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote data/schemas/${name}`);
}
