import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bundlePresets,
  fiveQiCharacteristics,
  parseSlicePresets,
  presetNumbers,
  sliceFromPreset,
  sliceSchema,
  unverifiedPresetNumbers,
  type SlicePresetLibrary,
} from '../../../../core/slices';

const file = join(__dirname, '../../../../data/slices/presets.json');
const raw = (): unknown => JSON.parse(readFileSync(file, 'utf8'));

function load(): SlicePresetLibrary {
  const r = parseSlicePresets(raw(), 'presets.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

/** Every number in the JSON, with its path; a number is sourced when it is `value` beside `source` and `verified`. */
function numbersIn(node: unknown, path: string, out: { path: string; sourced: boolean }[], parent?: object) {
  if (typeof node === 'number') {
    const sourced = parent !== undefined && path.endsWith('.value') && 'source' in parent && 'verified' in parent;
    out.push({ path, sourced });
  } else if (Array.isArray(node)) node.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out, node));
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) numbersIn(v, `${path}.${k}`, out, node);
  }
}

describe('data/slices/presets.json', () => {
  it('validates without problems or warnings', () => {
    const r = parseSlicePresets(raw(), 'presets.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings).toEqual([]);
  });

  it('has the presets and the incident-response bundle the product needs', () => {
    const lib = load();
    const ids = lib.presets.map((p) => p.id);
    for (const id of [
      'drone-c2-bvlos',
      'live-video-uplink',
      'cctv-uplink',
      'iot-sensors',
      'mcptt',
      'mc-video',
      'fwa-building',
    ]) {
      expect(ids).toContain(id);
    }
    expect(bundlePresets(lib, 'incident-response').map((p) => p.id)).toEqual([
      'drone-c2-bvlos',
      'live-video-uplink',
      'mcptt',
      'mc-video',
    ]);
  });

  it('every number in the file carries a source and a verified flag, except schemaVersion', () => {
    const found: { path: string; sourced: boolean }[] = [];
    numbersIn(raw(), '$', found);
    const unsourced = found.filter((n) => !n.sourced).map((n) => n.path);
    expect(unsourced).toEqual(['$.schemaVersion']);
    expect(found.length).toBeGreaterThan(100);
  });

  it('every source key is defined and used; every unverified number says why', () => {
    const lib = load();
    const used = new Set<string>();
    for (const preset of lib.presets) {
      for (const [key, n] of presetNumbers(preset)) {
        used.add(n.source);
        expect(lib.sources[n.source], `${preset.id}.${key}`).toBeDefined();
      }
      for (const u of unverifiedPresetNumbers(preset))
        expect(u.note.length, `${preset.id}.${u.key}`).toBeGreaterThan(20);
    }
    expect([...used].sort()).toEqual(Object.keys(lib.sources).sort());
  });

  it('uses standardised 5QI values and the 5QI table for values sourced from it', () => {
    for (const preset of load().presets) {
      const qos = fiveQiCharacteristics(preset.fiveQi.value);
      expect(qos, preset.id).toBeDefined();
      if (!qos) continue;
      expect(preset.latencyBudgetMs.value).toBeGreaterThanOrEqual(qos.packetDelayBudgetMs);
      if (preset.priorityLevel.source === 'ts23501-5qi') expect(preset.priorityLevel.value).toBe(qos.priorityLevel);
      if (preset.latencyBudgetMs.source === 'ts23501-5qi')
        expect(preset.latencyBudgetMs.value).toBe(qos.packetDelayBudgetMs);
    }
    const mcptt = load().presets.find((p) => p.id === 'mcptt');
    expect(mcptt?.fiveQi).toMatchObject({ value: 65, verified: true });
  });

  it('keeps TS 22.125 drone numbers visible as unverified (secondary sources)', () => {
    const c2 = load().presets.find((p) => p.id === 'drone-c2-bvlos');
    expect(c2?.latencyBudgetMs).toMatchObject({ value: 40, source: 'ts22125-uav', verified: false });
    const video = load().presets.find((p) => p.id === 'live-video-uplink');
    expect(video?.ulGuaranteedMbps).toMatchObject({ value: 4, source: 'ts22125-uav', verified: false });
  });

  it('every preset becomes a valid slice, named in either language', () => {
    for (const preset of load().presets) {
      const slice = sliceFromPreset(preset, { id: `s-${preset.id}`, lang: 'da' });
      expect(sliceSchema.safeParse(slice).success, preset.id).toBe(true);
      expect(slice.name).toBe(preset.name.da);
      expect(sliceFromPreset(preset, { id: 'x', lang: 'en' }).name).toBe(preset.name.en);
    }
  });
});

describe('parseSlicePresets problems', () => {
  it('locates broken values, unknown sources and bundle references', () => {
    const broken = raw() as {
      presets: Record<string, { value: unknown; source?: string; verified?: boolean; note?: string }>[];
      bundles: { presetIds: string[] }[];
    };
    const first = broken.presets[0];
    if (!first?.reliabilityPercent || !first.ulPeakMbps || !first.latencyBudgetMs) throw new Error('fixture');
    first.reliabilityPercent.value = 120;
    first.ulPeakMbps.note = undefined;
    const r1 = parseSlicePresets(broken, 'broken.json');
    expect(r1.ok).toBe(false);
    if (!r1.ok) {
      const paths = r1.problems.map((p) => p.path);
      expect(paths).toContain('presets[0].reliabilityPercent.value');
      expect(paths).toContain('presets[0].ulPeakMbps.note');
      expect(r1.problems.find((p) => p.path.endsWith('.note'))?.message.da).toContain('uverificeret');
      expect(r1.problems.every((p) => p.file === 'broken.json')).toBe(true);
    }

    const crossRef = raw() as typeof broken;
    const c = crossRef.presets[0];
    if (!c?.latencyBudgetMs || !crossRef.bundles[0]) throw new Error('fixture');
    c.latencyBudgetMs.source = 'nowhere';
    crossRef.bundles[0].presetIds.push('no-such-preset');
    const r2 = parseSlicePresets(crossRef);
    expect(r2.ok).toBe(false);
    if (!r2.ok) {
      expect(r2.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['presets[0].latencyBudgetMs.source', 'bundles[0].presetIds[4]']),
      );
    }
  });

  it('rejects non-objects and reports missing fields', () => {
    expect(parseSlicePresets(null).ok).toBe(false);
    const r = parseSlicePresets({ schemaVersion: 1, sources: {}, presets: [{ id: 'x' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('presets[0].fiveQi');
  });
});

describe('parseSlicePresets never throws (property)', () => {
  it('random JSON yields a value or problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = parseSlicePresets(json);
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('the real file with one field removed or replaced yields problems or a value, never a crash', () => {
    const lib = raw() as { presets: Record<string, unknown>[] };
    const keys = Object.keys(lib.presets[0] ?? {});
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lib.presets.length - 1 }),
        fc.constantFrom(...keys),
        fc.jsonValue(),
        (i, key, replacement) => {
          const copy = raw() as typeof lib;
          const target = copy.presets[i];
          if (!target) return;
          target[key] = replacement;
          const r = parseSlicePresets(copy);
          // A changed id may also break a bundle reference; nothing else may be blamed.
          if (!r.ok) {
            expect(r.problems.every((p) => p.path.startsWith(`presets[${i}]`) || p.path.startsWith('bundles['))).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
