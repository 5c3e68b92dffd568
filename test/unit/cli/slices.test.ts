import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';

const sample = join(__dirname, '../../../data/samples/langeland.frekvensplan');

describe('frekvensplan slices', () => {
  it('prints per-slice feasibility with limiting factors and per-cell utilisation as JSON', async () => {
    const r = await runCli(['slices', sample, '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.profileId).toBe('dk-tt-2021');
    expect(plan.conditionalBandwidthMHz).toBe(60);
    expect(plan.slices).toHaveLength(4);
    expect(plan.slices.some((s: { limitingFactor: string }) => s.limitingFactor === 'ul-capacity')).toBe(true);
    expect(plan.cells[0]).toHaveProperty('utilisationUl');
  });

  it('says in Danish which bandwidth to request and why slices are conditional', async () => {
    const r = await runCli(['slices', sample], 'da');
    expect(r.out).toContain('Båndbredde at anmode om: 60 MHz (med forbehold)');
    expect(r.out).toContain('vælg en bredere kanal');
    expect(r.out).toMatch(/dækning 100,0 % @ 120,0 m/);
  });

  it('exits 2 on usage errors and for an unknown profile', async () => {
    expect((await runCli(['slices'])).code).toBe(2);
    expect((await runCli(['slices', sample, '--resolution', '1'])).code).toBe(2);
    expect((await runCli(['slices', sample, '--terms', 'nope'])).code).toBe(2);
  });
});
