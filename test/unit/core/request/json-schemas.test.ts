import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRequestDocument, requestToJson } from '../../../../core/request';
import { publishedJsonSchemas } from '../../../../core/request/json-schemas';
import { sampleDraft, sampleProject, termsProfile } from './fixtures';

const dir = join(__dirname, '../../../../data/schemas');
const schemas = publishedJsonSchemas();

function ajv() {
  const a = new Ajv2020({ allErrors: true });
  a.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  a.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  a.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  a.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  return a;
}

describe('published JSON Schemas in data/schemas', () => {
  it.each(Object.keys(schemas))('%s is current (regenerate with: npx tsx scripts/build-schemas.ts)', (name) => {
    expect(JSON.parse(readFileSync(join(dir, name), 'utf8'))).toEqual(schemas[name]);
  });

  it('an independent validator (Ajv, draft 2020-12) accepts the request JSON and rejects a broken one', () => {
    const validate = ajv().compile(JSON.parse(readFileSync(join(dir, 'lease-request.schema.json'), 'utf8')));
    const json = requestToJson(
      buildRequestDocument({
        project: sampleProject(),
        profile: termsProfile('dk-tt-2021'),
        draft: sampleDraft,
        lang: 'da',
        markDraft: false,
      }),
    );
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...json, bandwidthMHz: 'sixty' })).toBe(false);
    const { period: _period, ...missing } = json;
    expect(validate(missing)).toBe(false);
  });

  it('Ajv accepts the sample project against the project schema', () => {
    const validate = ajv().compile(JSON.parse(readFileSync(join(dir, 'project.schema.json'), 'utf8')));
    const sample = JSON.parse(readFileSync(join(__dirname, '../../../../data/samples/langeland.frekvensplan'), 'utf8'));
    expect(validate(sample), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
