import { lt } from '../i18n/localized';
import type { Problem } from './problem';
import { CURRENT_SCHEMA_VERSION } from './schema';

type JsonObject = Record<string, unknown>;

/** One step: takes a document of version `from` and returns one of version `from + 1`. Pure. */
interface Migration {
  from: number;
  describe: string;
  migrate: (doc: JsonObject) => JsonObject;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Version 1 (Frekvensplan 0.0.x) kept metadata at the top level, sites with `type`,
 * `position: [lon, lat]`, `heightM` and one `powerDbm`; areas as a bare outer ring
 * `polygon` with `type: 'aoi' | 'lease'`; corridors with `path`.
 */
function v1ToV2(doc: JsonObject): JsonObject {
  const now = typeof doc.savedAt === 'string' ? doc.savedAt : '1970-01-01T00:00:00.000Z';
  const areaKind: Record<string, string> = { aoi: 'interest', lease: 'lease', incident: 'incident' };
  return {
    schemaVersion: 2,
    meta: {
      name: doc.name,
      description: doc.description ?? '',
      municipality: doc.municipality ?? '',
      isSample: false,
      createdAt: now,
      modifiedAt: now,
    },
    sites: asArray(doc.sites).map((site) => {
      if (!isObject(site)) return site;
      const position = asArray(site.position);
      const power = site.powerDbm;
      return {
        id: site.id,
        name: site.name,
        kind: site.type ?? 'other',
        lon: position[0],
        lat: position[1],
        antennaHeightM: site.heightM ?? 25,
        environment: 'RMa',
        cells:
          typeof power === 'number' ? [{ id: `${String(site.id)}-1`, azimuthDeg: null, eirpDbmPer5MHz: power }] : [],
      };
    }),
    areas: asArray(doc.areas).map((area) => {
      if (!isObject(area)) return area;
      return {
        id: area.id,
        name: area.name,
        kind: areaKind[String(area.type)] ?? area.type,
        geometry: { type: 'Polygon', coordinates: [area.polygon] },
      };
    }),
    corridors: asArray(doc.corridors).map((corridor) => {
      if (!isObject(corridor)) return corridor;
      return {
        id: corridor.id,
        name: corridor.name,
        coordinates: corridor.path,
        widthM: corridor.widthM,
        altitudeM: corridor.altitudeM,
      };
    }),
  };
}

/** Version 3 added slices, custom terms profiles and the lease-request draft; all start empty. */
function v2ToV3(doc: JsonObject): JsonObject {
  return { ...doc, schemaVersion: 3, slices: [], customTermsProfiles: [], request: {} };
}

/** Version 4 added per-cell radio parameters (AAS/TRP, frequency, bandwidth, antenna pattern); defaults fill them. */
function v3ToV4(doc: JsonObject): JsonObject {
  return { ...doc, schemaVersion: 4 };
}

/**
 * Version 5 added optional planning records (terrain and radio settings, calibration, declared interest and
 * further request fields); every new field is optional or has a default, so a v4 document is a valid v5 one.
 */
function v4ToV5(doc: JsonObject): JsonObject {
  return { ...doc, schemaVersion: 5 };
}

const MIGRATIONS: readonly Migration[] = [
  { from: 1, describe: 'v1 → v2: metadata block, cells, GeoJSON areas', migrate: v1ToV2 },
  { from: 2, describe: 'v2 → v3: slices, custom terms profiles, lease-request draft', migrate: v2ToV3 },
  { from: 3, describe: 'v3 → v4: per-cell AAS/TRP, frequency, bandwidth and antenna pattern', migrate: v3ToV4 },
  {
    from: 4,
    describe: 'v4 → v5: optional planning records (radio settings, calibration, declared interest)',
    migrate: v4ToV5,
  },
];

/** Oldest schema version this build can migrate from. */
export const OLDEST_SUPPORTED_VERSION = 1;

export type MigrationOutcome =
  { ok: true; doc: JsonObject; fromVersion: number; applied: string[] } | { ok: false; problems: Problem[] };

/**
 * Migrates a parsed document to CURRENT_SCHEMA_VERSION step by step. Refuses documents
 * written by a newer Frekvensplan and documents without a usable schemaVersion.
 */
export function migrateProject(raw: unknown): MigrationOutcome {
  if (!isObject(raw)) {
    return fail(
      '',
      lt(
        'Filen indeholder ikke et Frekvensplan-projekt (forventede et JSON-objekt).',
        'The file does not contain a Frekvensplan project (expected a JSON object).',
      ),
    );
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(
      'schemaVersion',
      lt('Mangler et gyldigt schemaVersion (et heltal).', 'Missing a valid schemaVersion (an integer).'),
      lt('Er det en Frekvensplan-projektfil?', 'Is this a Frekvensplan project file?'),
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(
      'schemaVersion',
      lt(
        `Projektet er gemt af en nyere Frekvensplan (skemaversion ${version}); denne version læser op til ${CURRENT_SCHEMA_VERSION}.`,
        `The project was saved by a newer Frekvensplan (schema version ${version}); this version reads up to ${CURRENT_SCHEMA_VERSION}.`,
      ),
      lt(
        'Opdatér Frekvensplan for at åbne det. Filen er ikke ændret.',
        'Update Frekvensplan to open it. The file has not been changed.',
      ),
    );
  }
  if (version < OLDEST_SUPPORTED_VERSION) {
    return fail('schemaVersion', lt(`Ukendt skemaversion ${version}.`, `Unknown schema version ${version}.`));
  }
  let doc = raw;
  const applied: string[] = [];
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) return fail('schemaVersion', lt(`Ingen migrering fra version ${v}.`, `No migration from version ${v}.`));
    doc = step.migrate(doc);
    applied.push(step.describe);
  }
  return { ok: true, doc, fromVersion: version, applied };
}

function fail(path: string, message: Problem['message'], hint?: Problem['hint']): MigrationOutcome {
  const problem: Problem = { severity: 'error', path, message };
  if (hint) problem.hint = hint;
  return { ok: false, problems: [problem] };
}
