import { lt, type Lang, type LocalizedText } from '../i18n/localized';
import type { Project } from './schema';

/**
 * A cell as people name it: "<site name> – sektor 2 (120°)", or "– rundstrålende" for an omni antenna; the
 * site's name alone when it has one cell. Falls back to the id only when the cell is not in the project.
 */
export function cellLabel(project: Pick<Project, 'sites'>, cellId: string, lang: Lang): string {
  for (const site of project.sites) {
    const index = site.cells.findIndex((c) => c.id === cellId);
    if (index < 0) continue;
    const cell = site.cells[index];
    if (!cell) break;
    const beam = cell.azimuthDeg === null ? OMNI[lang] : `${Math.round(cell.azimuthDeg)}°`;
    if (site.cells.length === 1) return `${site.name} (${beam})`;
    return `${site.name} – ${SECTOR[lang]} ${index + 1} (${beam})`;
  }
  return cellId;
}

const OMNI: LocalizedText = lt('rundstrålende', 'omni');
const SECTOR: LocalizedText = lt('sektor', 'sector');

/** The name of a site, area or corridor by id; the id itself only when no object has it. */
export function objectName(project: Pick<Project, 'sites' | 'areas' | 'corridors'>, id: string): string {
  return (
    project.sites.find((s) => s.id === id)?.name ??
    project.areas.find((a) => a.id === id)?.name ??
    project.corridors.find((c) => c.id === id)?.name ??
    id
  );
}

/** Names of the slice sizing's limiting factors (core/slices/hints.ts LimitingFactor). */
export const LIMITING_FACTOR_NAMES: Record<string, LocalizedText> = {
  'ul-capacity': lt('uplink-kapacitet', 'uplink capacity'),
  'dl-capacity': lt('downlink-kapacitet', 'downlink capacity'),
  'latency-vs-tdd': lt('latens mod TDD-mønster', 'latency vs. TDD pattern'),
  coverage: lt('dækning', 'coverage'),
  'reliability-margin': lt('pålidelighedsmargin', 'reliability margin'),
};

/** A cell's label for narrow places (chart rows): the site name cut to `maxChars` and the sector number. */
export function cellShortLabel(project: Pick<Project, 'sites'>, cellId: string, maxChars = 18): string {
  for (const site of project.sites) {
    const index = site.cells.findIndex((c) => c.id === cellId);
    if (index < 0) continue;
    const suffix = site.cells.length > 1 ? ` ${index + 1}` : '';
    const room = maxChars - suffix.length;
    const name = site.name.length > room ? `${site.name.slice(0, room - 1).trimEnd()}…` : site.name;
    return `${name}${suffix}`;
  }
  return cellId;
}
