import { describe, expect, it } from 'vitest';
import { sliceDemand, sliceSchema, type Slice, type SliceInput } from '../../../../core/slices';

const base: SliceInput = {
  id: 's1',
  name: 'Test',
  serviceType: 'eMBB',
  sst: 1,
  fiveQi: 9,
  deviceCount: 10,
  dlPerDevice: { guaranteedMbps: 2, peakMbps: 10 },
  ulPerDevice: { guaranteedMbps: 0.5, peakMbps: 1 },
  latencyBudgetMs: 300,
  reliabilityPercent: 99,
  availabilityPercent: 99,
  mobility: 'stationary',
  priorityLevel: 90,
};
const slice = (over: Partial<SliceInput> = {}): Slice => sliceSchema.parse({ ...base, ...over });

describe('slice demand = ⌈devices · activity⌉ · guaranteed rate', () => {
  it('counts devices and applies the activity factor', () => {
    const r = sliceDemand(slice({ activityFactorPercent: 30 }));
    expect(r).toMatchObject({ ok: true, value: { devices: 10, activeDevices: 3, dlMbps: 6, ulMbps: 1.5 } });
  });

  it('rounds active devices up', () => {
    const r = sliceDemand(slice({ deviceCount: 3, activityFactorPercent: 50 }));
    expect(r.ok && r.value.activeDevices).toBe(2);
  });

  it('uses density × area, rounded up', () => {
    const s = slice({ deviceCount: undefined, densityPerKm2: 1000, activityFactorPercent: 10 });
    const r = sliceDemand(s, { areaKm2: 0.25 });
    expect(r).toMatchObject({ ok: true, value: { devices: 250, activeDevices: 25, dlMbps: 50, ulMbps: 12.5 } });
  });

  it('asks for an area when the slice gives a density', () => {
    const r = sliceDemand(slice({ deviceCount: undefined, densityPerKm2: 1000 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.path).toBe('areaKm2');
      expect(r.problems[0]?.hint?.da).toBeTruthy();
    }
  });

  it('the schema wants either a count or a density, and peak ≥ guaranteed', () => {
    expect(sliceSchema.safeParse({ ...base, densityPerKm2: 5 }).success).toBe(false);
    expect(sliceSchema.safeParse({ ...base, deviceCount: undefined }).success).toBe(false);
    expect(sliceSchema.safeParse({ ...base, dlPerDevice: { guaranteedMbps: 5, peakMbps: 1 } }).success).toBe(false);
  });
});
