import type { z } from 'zod';
import type { Problem } from '../project/problem';
import { formatPath, problemFromIssue } from '../project/zod-problems';

/**
 * Checks a value an importer built against its project schema: the located problems (error severity), [] when
 * it is valid. `locate` maps a field path such as `antennaHeightM` to where it came from in the file.
 */
export function schemaProblems(
  schema: z.ZodType,
  value: unknown,
  locate: (fieldPath: string) => Pick<Problem, 'path' | 'line'>,
  file: string | undefined,
): Problem[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const problem = problemFromIssue(issue, file);
    const where = locate(formatPath(issue.path));
    return { ...problem, ...where };
  });
}
