import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';

const sample = join(__dirname, '../../../data/samples/langeland.frekvensplan');

describe('frekvensplan slices', () => {
  it('prints per-slice feasibility with limiting factors and per-cell utilisation as JSON', async () => {
    // The sample's Humble cell cannot carry the drone and MC video uplink even at 60 MHz (10° panel beam,
    // UL data in U slots only): exit 1, with the infeasible slices named.
    const r = await runCli(['slices', sample, '--json']);
    expect(r.code).toBe(1);
    const plan = JSON.parse(r.out);
    expect(plan.profileId).toBe('dk-tt-2021');
    expect(plan.bandwidthMHz).toBeNull();
    expect(plan.conditionalBandwidthMHz).toBeNull();
    expect(plan.slices).toHaveLength(4);
    expect(plan.slices.some((s: { limitingFactor: string }) => s.limitingFactor === 'ul-capacity')).toBe(true);
    expect(plan.cells[0]).toHaveProperty('utilisationUl');
  });

  it('says in Danish that no bandwidth carries every slice and why', async () => {
    const r = await runCli(['slices', sample], 'da');
    expect(r.out).toContain('Ingen tilladt båndbredde bærer alle slices.');
    expect(r.out).toContain('vælg en bredere kanal');
    expect(r.out).toMatch(/dækning 100,0 % @ 120,0 m/);
  });

  it('exits 2 on usage errors and for an unknown profile', async () => {
    expect((await runCli(['slices'])).code).toBe(2);
    expect((await runCli(['slices', sample, '--resolution', '1'])).code).toBe(2);
    expect((await runCli(['slices', sample, '--terms', 'nope'])).code).toBe(2);
  });
});
