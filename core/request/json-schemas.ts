import { z } from 'zod';
import { projectSchema } from '../project/schema';
import { leaseRequestJsonSchema } from './write-json';

/** The JSON Schemas (draft 2020-12) published in data/schemas, generated from the zod schemas. */
export function publishedJsonSchemas(): Record<string, object> {
  const withId = (id: string, title: string, schema: z.ZodType, io: 'input' | 'output') => ({
    $id: `urn:frekvensplan:schema:${id}`,
    title,
    ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }),
  });
  return {
    'lease-request.schema.json': withId(
      'lease-request.schema.json',
      'Frekvensplan lease request (frekvensplan request --format json)',
      leaseRequestJsonSchema,
      'output',
    ),
    'project.schema.json': withId(
      'project.schema.json',
      'Frekvensplan project file (.frekvensplan)',
      projectSchema,
      'input',
    ),
  };
}
