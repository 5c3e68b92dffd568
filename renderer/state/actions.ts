import type { Area, Corridor, Project, ProjectMeta, Site } from '../../core/project/schema';

/**
 * A document edit. `perform` is pure: it returns a new project and never mutates its
 * input. Menu items, shortcuts and tests all go through `dispatch(action, payload)`.
 */
export interface Action<P> {
  readonly name: string;
  perform(project: Project, payload: P): Project;
}

/** Returns `project` itself when `next` changed none of its top-level parts, so no-op edits record no undo step. */
function keepIfUnchanged(project: Project, next: Project): Project {
  const keys = Object.keys(next) as (keyof Project)[];
  return keys.every((key) => next[key] === project[key]) ? project : next;
}

/** Wraps a pure edit as an Action whose no-op results record no undo step. */
export function defineAction<P>(name: string, perform: (project: Project, payload: P) => Project): Action<P> {
  return { name, perform: (project, payload) => keepIfUnchanged(project, perform(project, payload)) };
}

function without<T extends { id: string }>(items: T[], id: string): T[] {
  return items.some((item) => item.id === id) ? items.filter((item) => item.id !== id) : items;
}

type SiteChanges = Partial<Pick<Site, 'name' | 'kind' | 'lon' | 'lat' | 'antennaHeightM' | 'environment' | 'notes'>>;
type AreaChanges = Partial<Pick<Area, 'name' | 'kind' | 'notes'>>;
type CorridorChanges = Partial<Pick<Corridor, 'name' | 'widthM' | 'altitudeM' | 'notes'>>;

/** `items` with the item of `id` replaced by `patch(item)`; `items` itself when no item has the id. */
export function patchById<T extends { id: string }>(items: T[], id: string, patch: (item: T) => T): T[] {
  let changed = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    changed = true;
    return patch(item);
  });
  return changed ? next : items;
}

/** Moves a site to a WGS84 position (degrees). */
export const moveSite = defineAction<{ id: string; lon: number; lat: number }>('moveSite', (project, p) => ({
  ...project,
  sites: patchById(project.sites, p.id, (site) => ({ ...site, lon: p.lon, lat: p.lat })),
}));

/** Renames a site, area or corridor (ids are unique across the three collections). */
export const renameObject = defineAction<{ id: string; name: string }>('renameObject', (project, p) => ({
  ...project,
  sites: patchById(project.sites, p.id, (o) => ({ ...o, name: p.name })),
  areas: patchById(project.areas, p.id, (o) => ({ ...o, name: p.name })),
  corridors: patchById(project.corridors, p.id, (o) => ({ ...o, name: p.name })),
}));

/** Changes fields of a site. */
export const updateSite = defineAction<{ id: string; changes: SiteChanges }>('updateSite', (project, p) => ({
  ...project,
  sites: patchById(project.sites, p.id, (site) => ({ ...site, ...p.changes })),
}));

/** Changes fields of an area. */
export const updateArea = defineAction<{ id: string; changes: AreaChanges }>('updateArea', (project, p) => ({
  ...project,
  areas: patchById(project.areas, p.id, (area) => ({ ...area, ...p.changes })),
}));

/** Changes fields of a corridor (width and altitude in metres). */
export const updateCorridor = defineAction<{ id: string; changes: CorridorChanges }>(
  'updateCorridor',
  (project, p) => ({
    ...project,
    corridors: patchById(project.corridors, p.id, (corridor) => ({ ...corridor, ...p.changes })),
  }),
);

/** Adds a site; the caller supplies its id (crypto.randomUUID in the UI). */
export const addSite = defineAction<{ site: Site }>('addSite', (project, p) => ({
  ...project,
  sites: [...project.sites, p.site],
}));

/** Adds an area. */
export const addArea = defineAction<{ area: Area }>('addArea', (project, p) => ({
  ...project,
  areas: [...project.areas, p.area],
}));

/** Adds a drone corridor. */
export const addCorridor = defineAction<{ corridor: Corridor }>('addCorridor', (project, p) => ({
  ...project,
  corridors: [...project.corridors, p.corridor],
}));

/** Deletes the site, area or corridor with the id. */
export const deleteObject = defineAction<{ id: string }>('deleteObject', (project, p) => ({
  ...project,
  sites: without(project.sites, p.id),
  areas: without(project.areas, p.id),
  corridors: without(project.corridors, p.id),
}));

/** Changes the project's name, description or municipality. */
export const updateProjectMeta = defineAction<{
  changes: Partial<Pick<ProjectMeta, 'name' | 'description' | 'municipality'>>;
}>('updateProjectMeta', (project, p) => ({ ...project, meta: { ...project.meta, ...p.changes } }));

/** Kind of an object in the project, or null when no object has the id. */
export function objectKind(project: Project, id: string): 'site' | 'area' | 'corridor' | null {
  if (project.sites.some((o) => o.id === id)) return 'site';
  if (project.areas.some((o) => o.id === id)) return 'area';
  if (project.corridors.some((o) => o.id === id)) return 'corridor';
  return null;
}

/** Imported objects to add; `makeId` returns a new candidate id (crypto.randomUUID in the UI). */
export interface ImportPayload {
  data: { sites: Site[]; areas: Area[]; corridors: Corridor[] };
  makeId: () => string;
}

/**
 * Adds everything an import found as one undo step. Every object gets a fresh id from
 * `makeId`, retried until it clashes with no id in the project or the import.
 */
export const importData = defineAction<ImportPayload>('importData', (project, p) => {
  const { sites, areas, corridors } = p.data;
  if (sites.length + areas.length + corridors.length === 0) return project;
  const used = new Set([...project.sites, ...project.areas, ...project.corridors].map((o) => o.id));
  const fresh = (): string => {
    let id = p.makeId();
    while (used.has(id)) id = p.makeId();
    used.add(id);
    return id;
  };
  return {
    ...project,
    sites: [...project.sites, ...sites.map((site) => ({ ...site, id: fresh() }))],
    areas: [...project.areas, ...areas.map((area) => ({ ...area, id: fresh() }))],
    corridors: [...project.corridors, ...corridors.map((corridor) => ({ ...corridor, id: fresh() }))],
  };
});

/** Next free "<prefix> N" name (N from 1) among `names`, e.g. "Nyt site 3". */
export function nextNumberedName(prefix: string, names: readonly string[]): string {
  let max = 0;
  for (const name of names) {
    if (!name.startsWith(`${prefix} `)) continue;
    const n = Number(name.slice(prefix.length + 1));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix} ${max + 1}`;
}
