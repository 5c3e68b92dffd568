import { describe, expect, it } from 'vitest';
import { allowedBandwidths, planSlices, sinrHistogram, uplinkSinrDb, DEFAULT_UPLINK } from '../../../../core/slices';
import { noisePowerDbm } from '../../../../core/radio';
import { sampleProject, termsProfile } from '../request/fixtures';

describe('allowedBandwidths', () => {
  it('DK: n78 bandwidths up to the 60 MHz obligation block', () => {
    expect(allowedBandwidths(termsProfile('dk-tt-2021'))).toEqual([10, 15, 20, 25, 30, 40, 50, 60]);
  });
  it('DE: 10 MHz raster from 10 to 100 MHz', () => {
    expect(allowedBandwidths(termsProfile('de-bnetza-3700'))).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });
  it('SE: at most 80 MHz', () => {
    expect(allowedBandwidths(termsProfile('se-pts-3720')).at(-1)).toBe(80);
  });
});

describe('uplinkSinrDb', () => {
  it('follows the reciprocity formula written out', () => {
    // P_UE per RE = 23 − 10·log10(120); loss = 37.8 − (−100); N = kT·30 kHz + 5 dB; IoT 3 dB.
    const expected =
      23 - 10 * Math.log10(120) + 8 - (37.8 + 100) - (noisePowerDbm({ bandwidthHz: 30e3, noiseFigureDb: 5 }) + 3);
    expect(uplinkSinrDb(-100, 37.8, DEFAULT_UPLINK)).toBeCloseTo(expected, 9);
  });
});

describe('planSlices on the sample (incident-response bundle)', () => {
  const project = sampleProject();
  const result = planSlices(project, { profile: termsProfile('dk-tt-2021') });

  it('plans every slice of the bundle with its service height', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.slices.map((s) => s.sliceId)).toEqual(project.slices.map((s) => s.id));
    const drone = result.value.slices.find((s) => s.sliceId === 'slice-drone-c2-bvlos');
    expect(drone?.rxHeightM).toBe(120);
    expect(drone?.coverageShare).toBeGreaterThan(0.95);
  });

  it('names the uplink as what limits the drone and video slices, with a fix hint', () => {
    if (!result.ok) return;
    const limited = result.value.slices.filter((s) => s.status !== 'feasible');
    expect(limited.length).toBeGreaterThan(0);
    for (const s of limited) {
      expect(s.limitingFactor).toBe('ul-capacity');
      expect(s.hint?.en).toContain('wider channel');
    }
    // With a 10° macro-panel vertical beam (drones at 120 m see side lobes) and the UL data share of the U slot
    // alone, the Humble cell's uplink is over-used even at 60 MHz, the widest lease the DK profile allows.
    expect(result.value.bandwidthMHz).toBeNull();
    expect(result.value.conditionalBandwidthMHz).toBeNull();
    expect(result.value.slices.some((s) => s.status === 'infeasible')).toBe(true);
  });

  it('makes the drone video uplink infeasible on a too-narrow lease, with UL capacity as the limit', () => {
    if (!result.ok) return;
    const narrow = result.value.evaluations.find((e) => e.bandwidthMHz === 10);
    const video = narrow?.verdicts.find((v) => v.sliceId === 'slice-live-video-uplink');
    expect(video).toMatchObject({ status: 'infeasible', limitingFactor: 'ul-capacity' });
  });

  it('reports utilisation per cell and direction at the assessed bandwidth', () => {
    if (!result.ok) return;
    expect(result.value.cells.length).toBeGreaterThan(0);
    for (const c of result.value.cells) {
      expect(c.capacityUlMbps).toBeGreaterThan(0);
      expect(c.utilisationUl).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses a project without slices or cells with a located problem', () => {
    const none = planSlices({ ...project, slices: [] }, { profile: termsProfile('dk-tt-2021') });
    expect(!none.ok && none.problems[0]?.path).toBe('slices');
    const noCells = planSlices(
      { ...project, sites: project.sites.map((s) => ({ ...s, cells: [] })) },
      { profile: termsProfile('dk-tt-2021') },
    );
    expect(!noCells.ok && noCells.problems[0]?.path).toBe('cells');
  });
});

describe('sinrHistogram', () => {
  it('puts samples into open-ended 5 dB bins and returns shares', () => {
    const h = sinrHistogram([-20, -10, -7, 0, 4.9, 31], [-10, -5, 0, 5, 10, 15, 20, 25, 30]);
    expect(h).toEqual([1 / 6, 2 / 6, 0, 2 / 6, 0, 0, 0, 0, 0, 1 / 6]);
    expect(sinrHistogram([])).toEqual(new Array(10).fill(0));
  });

  it('gives every planned cell a DL and UL distribution that sums to 1', () => {
    const plan = planSlices(sampleProject(), { profile: termsProfile('dk-tt-2021') });
    if (!plan.ok) throw new Error('plan must succeed');
    for (const c of plan.value.cells) {
      expect(c.sinrHistogram.dl.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(c.sinrHistogram.ul.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });
});
