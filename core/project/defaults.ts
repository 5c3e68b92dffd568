import { CURRENT_SCHEMA_VERSION, projectSchema, type Project } from './schema';

export interface NewProjectOptions {
  name: string;
  /** Creation time, passed in to keep core/ free of clocks. */
  now: Date;
}

/** Returns an empty, valid project with all defaults filled in. */
export function createEmptyProject({ name, now }: NewProjectOptions): Project {
  const stamp = now.toISOString();
  return projectSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { name, createdAt: stamp, modifiedAt: stamp },
  });
}
