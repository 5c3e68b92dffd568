import type { Project } from '../../core/project/schema';
import { buildTermsCatalog, type CatalogEntry } from '../../core/terms/catalog';
import type { TermsProfile } from '../../core/terms/schema';

const modules = import.meta.glob<{ default: unknown }>('../../data/terms/*.json', { eager: true });

/** The bundled terms-profile files (data/terms), as buildTermsCatalog takes them. */
export const BUNDLED_TERMS: readonly { file: string; json: unknown }[] = Object.entries(modules).map(
  ([path, module]) => ({ file: path.slice(path.lastIndexOf('/') + 1), json: module.default }),
);

/** Bundled profile used when the project names none (or an unknown one). */
export const DEFAULT_PROFILE_ID = 'dk-tt-2021';

/** The catalog (bundled + the project's custom profiles) and the project's chosen profile. */
export interface ProjectTerms {
  entries: CatalogEntry[];
  profile: TermsProfile;
  origin: 'bundled' | 'custom';
}

/** Resolves the project's terms profile from the catalog, falling back to the Danish bundled profile. */
export function projectTerms(
  project: Pick<Project, 'termsProfileId' | 'customTermsProfiles'>,
  bundled = BUNDLED_TERMS,
): ProjectTerms {
  const { entries } = buildTermsCatalog(bundled, project.customTermsProfiles);
  const entry =
    entries.find((e) => e.profile.id === project.termsProfileId) ??
    entries.find((e) => e.profile.id === DEFAULT_PROFILE_ID) ??
    entries[0];
  if (!entry) throw new Error('No bundled terms profile loads');
  return { entries, profile: entry.profile, origin: entry.origin };
}

/** Next free id for a copy of `id`: `<id>-kopi`, then `<id>-kopi-2`, … */
export function copyId(id: string, taken: readonly string[]): string {
  const base = `${id.replace(/-kopi(-\d+)?$/, '')}-kopi`;
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The bundled profile a custom profile was copied from (by its id), or the default. */
export function originalId(id: string, bundledIds: readonly string[]): string {
  const base = id.replace(/-kopi(-\d+)?$/, '');
  return bundledIds.includes(base) ? base : DEFAULT_PROFILE_ID;
}
