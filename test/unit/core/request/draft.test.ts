import { describe, expect, it } from 'vitest';
import { resolveRequestDraft } from '../../../../core/request';
import { sampleProject, termsProfile } from './fixtures';

describe('resolveRequestDraft', () => {
  const project = sampleProject();

  it('fills frequencies from the leasable range and the period up to the licence end', () => {
    const draft = resolveRequestDraft(project, termsProfile('dk-tt-2021'), '2026-11-29');
    expect(draft.requestDate).toBe('2026-11-29');
    expect(draft.frequency).toEqual({ fromMHz: 3740, toMHz: 3800 });
    expect(draft.period).toEqual({ from: '2026-12-01', to: '2042-01-31' });
    expect(draft.leaseAreaId).toBe('lease-udkast');
    expect(draft.services).toEqual(project.slices.map((s) => s.name));
  });

  it('caps the period by the profile maximum term (PTS: 5 years)', () => {
    const draft = resolveRequestDraft(project, termsProfile('se-pts-3720'), '2026-11-29');
    expect(draft.period).toEqual({ from: '2026-12-01', to: '2031-11-30' });
  });

  it('keeps what the planner set', () => {
    const edited = {
      ...project,
      request: {
        ...project.request,
        requestDate: '2027-02-01',
        frequency: { fromMHz: 3760, toMHz: 3800 },
        period: { from: '2027-03-01', to: '2030-02-28' },
      },
    };
    const draft = resolveRequestDraft(edited, termsProfile('dk-tt-2021'), '2026-11-29');
    expect(draft).toMatchObject({
      requestDate: '2027-02-01',
      frequency: { fromMHz: 3760, toMHz: 3800 },
      period: { from: '2027-03-01', to: '2030-02-28' },
    });
  });
});
