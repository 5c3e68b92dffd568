import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../core/project/load';
import type { Project } from '../../../core/project/schema';
import { resolveRequestDraft } from '../../../core/request/draft';
import {
  humanizeDates,
  isPlausibleEmail,
  parseDateInput,
  requestFileName,
  requestSlug,
} from '../../../renderer/features/request/request-format';
import {
  addCustomTermsProfile,
  deleteCustomTermsProfile,
  saveCustomTermsProfile,
  setTermsProfile,
  updateRequestDraft,
} from '../../../renderer/state/request-actions';
import { createAppStore } from '../../../renderer/state/store';
import { BUNDLED_TERMS, copyId, originalId, projectTerms } from '../../../renderer/terms/catalog';
import { formatTermsValue, sourcedState } from '../../../renderer/terms/terms-format';
import { duplicateProfile, formToProfile, profileToForm } from '../../../renderer/terms/terms-form';

function sample(): Project {
  const result = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'));
  if (!result.ok) throw new Error('sample does not load');
  return result.value.project;
}

describe('request actions', () => {
  it('updateRequestDraft patches requester and period field by field without mutating', () => {
    const project = sample();
    const before = JSON.stringify(project);
    const next = updateRequestDraft.perform(project, { requester: { cvr: '29189579' }, period: { to: '2030-12-31' } });
    expect(JSON.stringify(project)).toBe(before);
    expect(next.request.requester).toEqual({ ...project.request.requester, cvr: '29189579' });
    expect(next.request.period).toEqual({ from: null, to: '2030-12-31' });
    expect(next.sites).toBe(project.sites);
  });

  it('a patch that changes nothing returns the project itself (no undo step)', () => {
    const project = sample();
    expect(updateRequestDraft.perform(project, { requester: { name: 'Langeland Kommune' } })).toBe(project);
    expect(setTermsProfile.perform(project, { id: 'dk-tt-2021' })).toBe(project);
  });

  it('typing in one field is one undo step; another field starts a new one', () => {
    const project = sample();
    const store = createAppStore({ project, now: () => new Date('2026-11-29T10:00:00Z') });
    store.getState().loadDocument({ project, handleId: null, name: null });
    const { dispatch } = store.getState();
    for (const text of ['2', '29', '291'])
      dispatch(updateRequestDraft, { requester: { cvr: text } }, { coalesce: 'cvr' });
    dispatch(updateRequestDraft, { requester: { contactName: 'M' } }, { coalesce: 'contact' });
    expect(store.getState().history.undo).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().project.request.requester).toMatchObject({ cvr: '291', contactName: '' });
    store.getState().undo();
    expect(store.getState().project.request.requester.cvr).toBe('');
    // After endCoalesce (blur) the same field records a new step.
    store.getState().redo();
    dispatch(updateRequestDraft, { requester: { cvr: '2918' } }, { coalesce: 'cvr' });
    store.getState().endCoalesce();
    dispatch(updateRequestDraft, { requester: { cvr: '29189' } }, { coalesce: 'cvr' });
    expect(store.getState().history.undo).toHaveLength(3);
  });

  it('duplicate selects the copy; deleting it falls back to the bundled original', () => {
    const project = sample();
    const { profile } = projectTerms(project);
    const copy = duplicateProfile(profile, copyId(profile.id, ['dk-tt-2021']));
    expect(copy.id).toBe('dk-tt-2021-kopi');
    expect(copy.name.da).toMatch(/\(kopi\)$/);
    const withCopy = addCustomTermsProfile.perform(project, { profile: copy });
    expect(withCopy.termsProfileId).toBe('dk-tt-2021-kopi');
    expect(projectTerms(withCopy).origin).toBe('custom');
    const fallbackId = originalId(copy.id, ['dk-tt-2021', 'de-bnetza-3700']);
    const removed = deleteCustomTermsProfile.perform(withCopy, { id: copy.id, fallbackId });
    expect(removed.termsProfileId).toBe('dk-tt-2021');
    expect(removed.customTermsProfiles).toEqual([]);
    expect(saveCustomTermsProfile.perform(withCopy, { profile: copy })).toBe(withCopy);
  });
});

describe('terms catalog and form', () => {
  it('loads the four bundled profiles and falls back to the Danish one for an unknown id', () => {
    expect(BUNDLED_TERMS).toHaveLength(4);
    const terms = projectTerms({ termsProfileId: 'nope', customTermsProfiles: [] });
    expect(terms.entries).toHaveLength(4);
    expect(terms.profile.id).toBe('dk-tt-2021');
    expect(copyId('dk-tt-2021-kopi', ['dk-tt-2021-kopi'])).toBe('dk-tt-2021-kopi-2');
  });

  it('formats values the Danish way and marks unverified and unpublished fields', () => {
    const dk = projectTerms({ termsProfileId: 'dk-tt-2021', customTermsProfiles: [] }).profile;
    expect(formatTermsValue(dk, 'leasableRange', 'da')).toBe('3.740–3.800 MHz');
    expect(formatTermsValue(dk, 'licenceTerm', 'da')).toBe('01.06.2021 – 31.01.2042');
    expect(formatTermsValue(dk, 'obligationWindowYears', 'en')).toBe('4 years');
    expect(sourcedState(dk.leasableRange)).toBe('unverified');
    expect(sourcedState(dk.blockRasterMHz)).toBe('unpublished');
    expect(sourcedState(dk.fee)).toBe('unpublished');
    expect(sourcedState(dk.band)).toBe('verified');
    const de = projectTerms({ termsProfileId: 'de-bnetza-3700', customTermsProfiles: [] }).profile;
    expect(formatTermsValue(de, 'fee', 'da')).toBe('1.000 + B·t·5·(6·a1 + 1·a2) EUR');
  });

  it('the edit form round-trips, applies a new range with its source and verified flag, and locates problems', () => {
    const dk = projectTerms({ termsProfileId: 'dk-tt-2021', customTermsProfiles: [] }).profile;
    const form = profileToForm(dk, 'da');
    const same = formToProfile(dk, form);
    expect(same.ok && same.value).toEqual(dk);

    const edited = form.map((g) =>
      g.key === 'leasableRange'
        ? {
            ...g,
            inputs: g.inputs.map((i) => ({ ...i, text: i.part === 'fromMHz' ? '3760' : i.text })),
            source: 'Lejekontrakt',
            verified: true,
          }
        : g,
    );
    const result = formToProfile(dk, edited);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.leasableRange).toEqual({
        value: { fromMHz: 3760, toMHz: 3800 },
        source: { title: 'Lejekontrakt' },
        verified: true,
      });
      // The wizard's default frequencies follow the custom range.
      const project = { ...sample(), customTermsProfiles: [result.value] };
      expect(resolveRequestDraft(project, result.value, '2026-11-29').frequency).toEqual({
        fromMHz: 3760,
        toMHz: 3800,
      });
    }

    const empty = form.map((g) =>
      g.key === 'leasableRange'
        ? { ...g, inputs: g.inputs.map((i) => ({ ...i, text: i.part === 'toMHz' ? '3700' : '3760' })) }
        : g,
    );
    const refused = formToProfile(dk, empty);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problems[0]).toMatchObject({ path: 'leasableRange.value' });
      expect(refused.problems[0]?.message.da).toBe('Intervallet er tomt: slutningen skal ligge efter starten.');
    }

    const garbage = form.map((g) =>
      g.key === 'blockRasterMHz' ? { ...g, inputs: [{ ...g.inputs[0]!, text: 'ti' }] } : g,
    );
    const bad = formToProfile(dk, garbage);
    expect(!bad.ok && bad.problems[0]?.path).toBe('blockRasterMHz.value');
  });
});

describe('request formatting', () => {
  it('parses dd.mm.yyyy, dd/mm/yyyy and ISO dates and rejects impossible ones', () => {
    expect(parseDateInput('1.12.2026')).toBe('2026-12-01');
    expect(parseDateInput('31/01/2042')).toBe('2042-01-31');
    expect(parseDateInput('2026-12-01')).toBe('2026-12-01');
    expect(parseDateInput('')).toBe('');
    expect(parseDateInput('31.02.2026')).toBeNull();
    expect(parseDateInput('i morgen')).toBeNull();
  });

  it('rewrites ISO dates in messages and builds the export file name', () => {
    expect(humanizeDates('sluttede 2025-05-31.', 'da')).toBe('sluttede 31.05.2025.');
    expect(humanizeDates('closed on 2025-05-31.', 'en')).toBe('closed on 31/05/2025.');
    expect(requestSlug({ municipality: 'Langeland Kommune (482)', name: 'x' })).toBe('langeland');
    expect(requestSlug({ municipality: '', name: 'Ærø – privat 5G' })).toBe('aeroe-privat-5g');
    expect(requestFileName('langeland', '2026-11-29', { format: 'pdf', lang: 'da', markDraft: false })).toBe(
      'lejeanmodning-langeland-2026-11-29.pdf',
    );
    expect(requestFileName('langeland', '2026-11-29', { format: 'docx', lang: 'en', markDraft: true })).toBe(
      'lease-request-langeland-2026-11-29-draft.docx',
    );
    expect(isPlausibleEmail('mette@langelandkommune.dk')).toBe(true);
    expect(isPlausibleEmail('mette@langeland')).toBe(false);
  });
});
