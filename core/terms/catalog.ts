import type { Problem } from '../project/problem';
import { parseTermsProfile } from './load';
import type { TermsProfile } from './schema';

/** A terms profile as offered to the user: bundled (data/terms) or custom (saved in the project). */
export interface CatalogEntry {
  profile: TermsProfile;
  origin: 'bundled' | 'custom';
}

/**
 * Validates the bundled profile files and merges the project's custom profiles (a custom
 * profile with a bundled id replaces it). Invalid bundled files are reported, not thrown.
 */
export function buildTermsCatalog(
  bundled: readonly { file: string; json: unknown }[],
  custom: readonly TermsProfile[],
): { entries: CatalogEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, CatalogEntry>();
  for (const { file, json } of bundled) {
    const parsed = parseTermsProfile(json, file);
    if (parsed.ok) byId.set(parsed.value.id, { profile: parsed.value, origin: 'bundled' });
    else problems.push(...parsed.problems);
  }
  for (const profile of custom) byId.set(profile.id, { profile, origin: 'custom' });
  return { entries: [...byId.values()], problems };
}
