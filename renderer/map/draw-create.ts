import { kinks, polygon as turfPolygon } from '@turf/turf';
import type { StoreApi } from 'zustand/vanilla';
import type { Position } from '../../core/project/schema';
import { siteSchema } from '../../core/project/schema';
import { translator, type MessageKey } from '../i18n';
import { addArea, addCorridor, addSite, nextNumberedName } from '../state/actions';
import type { AppState } from '../state/app-state';
import type { AppStore } from '../state/store';

/** Default width and flight altitude of a drawn drone corridor, metres. */
export const DEFAULT_CORRIDOR = { widthM: 200, altitudeM: 100 } as const;

/** Why a drawing could not become an object (a message key), or null when it was created. */
export type CreateRefusal = MessageKey | null;

/** Rounds degrees to 7 decimals (about 1 cm), so saved files stay readable. */
export function roundDeg(deg: number): number {
  return Math.round(deg * 1e7) / 1e7;
}

/**
 * Adds a site at a WGS84 position (degrees) as one undoable step, selects it and returns its id. Used by a map
 * click, a typed position and "add site here" of the search.
 */
export function createSiteAt(store: StoreApi<AppStore>, lat: number, lon: number, name?: string): string {
  const state = store.getState();
  const id = crypto.randomUUID();
  const siteName =
    name?.trim() ||
    nextNumberedName(
      translator(state.lang)('draw.newSite'),
      state.project.sites.map((s) => s.name),
    );
  const site = siteSchema.parse({ id, name: siteName, lon: roundDeg(lon), lat: roundDeg(lat) });
  state.dispatch(addSite, { site });
  state.setTool('select');
  state.select(id);
  return id;
}

/** Adds an area of `kind` from its corners ([lon, lat] degrees, open ring); refuses fewer than three or a self-crossing ring. */
export function createAreaFrom(
  store: StoreApi<AppStore>,
  corners: readonly Position[],
  kind: AppState['drawAreaKind'],
  name?: string,
): CreateRefusal {
  const state = store.getState();
  const coordinates = corners.map(([lon, lat]) => [roundDeg(lon), roundDeg(lat)] as Position);
  if (coordinates.length < 3) return 'draw.tooFewArea';
  const ring = [...coordinates, coordinates[0] as Position];
  if (kinks(turfPolygon([ring])).features.length > 0) return 'draw.selfIntersecting';
  const id = crypto.randomUUID();
  const areaName =
    name?.trim() ||
    nextNumberedName(
      translator(state.lang)('draw.newArea'),
      state.project.areas.map((a) => a.name),
    );
  state.dispatch(addArea, {
    area: { id, name: areaName, kind, geometry: { type: 'Polygon', coordinates: [ring] }, notes: '' },
  });
  state.setTool('select');
  state.select(id);
  return null;
}

/** Adds a drone corridor along `points` ([lon, lat] degrees) with the default width and altitude; refuses fewer than two. */
export function createCorridorFrom(
  store: StoreApi<AppStore>,
  points: readonly Position[],
  name?: string,
): CreateRefusal {
  const state = store.getState();
  const coordinates = points.map(([lon, lat]) => [roundDeg(lon), roundDeg(lat)] as Position);
  if (coordinates.length < 2) return 'draw.tooFewCorridor';
  const id = crypto.randomUUID();
  const corridorName =
    name?.trim() ||
    nextNumberedName(
      translator(state.lang)('draw.newCorridor'),
      state.project.corridors.map((c) => c.name),
    );
  state.dispatch(addCorridor, { corridor: { id, name: corridorName, coordinates, ...DEFAULT_CORRIDOR, notes: '' } });
  state.setTool('select');
  state.select(id);
  return null;
}
