import { borderFieldStrength, type BorderField, type NeighbourLand } from '../coverage/border-field';
import { boundaryFieldStrength, FIELD_HEIGHT_M, type FieldResult } from '../coverage/boundary-field';
import type { RadioCell } from '../coverage/cells';
import type { AreaGeometry } from '../project/schema';
import { applicableBorderLimits, type FieldAt, type TermsProfile } from '../terms';
import type { FieldSummary } from './model';

/** Boundary and border fields of a request: the predicted maxima with places and heights. */
export interface RequestFields {
  boundary: FieldResult | null;
  borders: (BorderField & { limitDbuvPerMPer5MHz: number | null })[];
}

/** A field result as the checks and the JSON see it. */
export function fieldAt(field: FieldResult): FieldAt {
  return {
    valueDbuvPerMPer5MHz: field.maxDbuvPerMPer5MHz,
    lon: field.at[0],
    lat: field.at[1],
    easting: field.atUtm[0],
    northing: field.atUtm[1],
    heightM: field.heightM,
  };
}

/** JSON form of a field maximum. */
export function fieldSummary(field: FieldResult): FieldSummary {
  const a = fieldAt(field);
  return {
    maxDbuvPerMPer5MHz: a.valueDbuvPerMPer5MHz,
    lon: a.lon,
    lat: a.lat,
    easting: a.easting,
    northing: a.northing,
    heightM: a.heightM,
  };
}

/**
 * Predicts the field along the lease-area boundary (every ring, at the height of the profile's boundary limit, 3 m
 * when none) and along each foreign country's land within the radio horizon, at every height its applicable limits
 * name (3 m when none apply), LOS path loss (the conservative reading).
 */
export function requestFields(
  cells: readonly RadioCell[],
  area: AreaGeometry | null,
  land: readonly NeighbourLand[],
  profile: TermsProfile,
  synchronised: boolean,
): RequestFields {
  const boundary = area ? boundaryFieldStrength(cells, area, { rxHeightM: FIELD_HEIGHT_M }) : null;
  const borders: RequestFields['borders'] = [];
  for (const neighbour of land) {
    if (neighbour.country === profile.country) continue;
    const limits = applicableBorderLimits(profile, neighbour.country, synchronised);
    const heights = [...new Set(limits.length > 0 ? limits.map((l) => l.heightM) : [FIELD_HEIGHT_M])];
    for (const heightM of heights) {
      const [field] = borderFieldStrength(cells, [neighbour], { rxHeightM: heightM });
      const atHeight = limits.filter((l) => l.heightM === heightM).map((l) => l.fieldStrengthDbuvPerMPer5MHz);
      if (field) borders.push({ ...field, limitDbuvPerMPer5MHz: atHeight.length > 0 ? Math.min(...atHeight) : null });
    }
  }
  return { boundary, borders };
}
