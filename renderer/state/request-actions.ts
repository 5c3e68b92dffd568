import type { Project } from '../../core/project/schema';
import type { StoredRequestDraft } from '../../core/request/draft';
import type { TermsProfile } from '../../core/terms/schema';
import type { Action } from './actions';

/** A change to the stored request draft: any top-level part, requester and period field by field. */
export type RequestDraftPatch = Partial<Omit<StoredRequestDraft, 'requester' | 'period'>> & {
  requester?: Partial<StoredRequestDraft['requester']>;
  period?: Partial<StoredRequestDraft['period']>;
};

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Applies a patch to the lease-request draft; returns the project itself when nothing changes. */
export const updateRequestDraft: Action<RequestDraftPatch> = {
  name: 'updateRequestDraft',
  perform(project, patch) {
    const current = project.request;
    const next: StoredRequestDraft = {
      ...current,
      ...patch,
      requester: { ...current.requester, ...patch.requester },
      period: { ...current.period, ...patch.period },
    };
    return sameJson(current, next) ? project : { ...project, request: next };
  },
};

/** Chooses the terms profile the request is checked against (a bundled or custom profile id). */
export const setTermsProfile: Action<{ id: string }> = {
  name: 'setTermsProfile',
  perform: (project, p) => (project.termsProfileId === p.id ? project : { ...project, termsProfileId: p.id }),
};

/** Adds a custom profile (a duplicate) and makes it the project's profile, as one step. */
export const addCustomTermsProfile: Action<{ profile: TermsProfile }> = {
  name: 'addCustomTermsProfile',
  perform: (project, p) => ({
    ...project,
    customTermsProfiles: [...project.customTermsProfiles.filter((c) => c.id !== p.profile.id), p.profile],
    termsProfileId: p.profile.id,
  }),
};

/** Replaces a custom profile by id (the caller validated it with parseTermsProfile). */
export const saveCustomTermsProfile: Action<{ profile: TermsProfile }> = {
  name: 'saveCustomTermsProfile',
  perform(project, p) {
    const index = project.customTermsProfiles.findIndex((c) => c.id === p.profile.id);
    if (index < 0 || sameJson(project.customTermsProfiles[index], p.profile)) return project;
    const customTermsProfiles = project.customTermsProfiles.map((c, i) => (i === index ? p.profile : c));
    return { ...project, customTermsProfiles };
  },
};

/** Deletes a custom profile; a project using it falls back to `fallbackId` (the bundled original). */
export const deleteCustomTermsProfile: Action<{ id: string; fallbackId: string }> = {
  name: 'deleteCustomTermsProfile',
  perform(project: Project, p) {
    if (!project.customTermsProfiles.some((c) => c.id === p.id)) return project;
    return {
      ...project,
      customTermsProfiles: project.customTermsProfiles.filter((c) => c.id !== p.id),
      termsProfileId: project.termsProfileId === p.id ? p.fallbackId : project.termsProfileId,
    };
  },
};

/**
 * Puts every cell's carrier inside the requested range: centre at the range's middle, bandwidth no wider than the
 * range (one undoable step). Fixes the "cells transmit outside the request" finding.
 */
export const tuneCellsToRequest: Action<{ fromMHz: number; toMHz: number }> = {
  name: 'tuneCellsToRequest',
  perform(project, range) {
    const width = range.toMHz - range.fromMHz;
    if (!(width > 0)) return project;
    const centre = (range.fromMHz + range.toMHz) / 2;
    const inside = (f: number, b: number) => f - b / 2 >= range.fromMHz - 1e-9 && f + b / 2 <= range.toMHz + 1e-9;
    let changed = false;
    const sites = project.sites.map((s) => ({
      ...s,
      cells: s.cells.map((c) => {
        if (inside(c.frequencyMHz, c.bandwidthMHz)) return c;
        changed = true;
        const bandwidthMHz = Math.min(c.bandwidthMHz, width);
        return { ...c, frequencyMHz: centre, bandwidthMHz };
      }),
    }));
    return changed ? { ...project, sites } : project;
  },
};
