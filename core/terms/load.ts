import type { Result } from '../project/problem';
import { problemFromIssue } from '../project/zod-problems';
import { termsProfileSchema, type Sourced, type TermsProfile } from './schema';

/** Validates a parsed terms-profile JSON value; returns the profile or located problems. */
export function parseTermsProfile(json: unknown, file?: string): Result<TermsProfile> {
  const parsed = termsProfileSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((issue) => problemFromIssue(issue, file)) };
  return { ok: true, value: parsed.data, warnings: [] };
}

/** Lists the profile's fields whose value is not verified (or not published), by key. */
export function unverifiedFields(profile: TermsProfile): { key: string; published: boolean }[] {
  const out: { key: string; published: boolean }[] = [];
  for (const [key, field] of Object.entries(profile)) {
    if (isSourced(field) && !field.verified) out.push({ key, published: field.value !== null });
  }
  return out;
}

function isSourced(value: unknown): value is Sourced<unknown> {
  return typeof value === 'object' && value !== null && 'verified' in value && 'source' in value && 'value' in value;
}
