import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject, type Project } from '../../../../core/project';
import type { RequestDraft } from '../../../../core/request';
import { parseTermsProfile, type TermsProfile } from '../../../../core/terms';

const root = join(import.meta.dirname, '../../../..');

/** The bundled sample project. */
export function sampleProject(): Project {
  const r = loadProject(readFileSync(join(root, 'data/samples/langeland.frekvensplan'), 'utf8'));
  if (!r.ok) throw new Error('sample must load');
  return r.value.project;
}

/** A terms profile from data/terms. */
export function termsProfile(id: string): TermsProfile {
  const r = parseTermsProfile(JSON.parse(readFileSync(join(root, 'data/terms', `${id}.json`), 'utf8')));
  if (!r.ok) throw new Error('profile must load');
  return r.value;
}

/** A complete request draft for the sample project. */
export const sampleDraft: RequestDraft = {
  requestDate: '2026-11-29',
  requester: {
    name: 'Langeland Kommune',
    cvr: '12345674',
    contactName: 'Anne Planlægger',
    contactEmail: 'plan@langeland.example',
    contactPhone: '+45 63 51 60 00',
    address: 'Fredensvej 1, 5900 Rudkøbing',
  },
  frequency: { fromMHz: 3740, toMHz: 3800 },
  period: { from: '2027-01-01', to: '2031-12-31' },
  leaseAreaId: 'lease-udkast',
  purpose: 'Privat 5G-net til beredskabets droner og kommunale sensorer på Sydlangeland.',
  services: ['Dronestyring (BVLOS)', 'Live-video fra drone', 'IoT-sensorer'],
  tddPattern: 'DDDSU',
  synchronised: true,
  settlementKm2: 0,
};
