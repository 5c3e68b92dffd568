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
    ean: '5798000420571',
    organisationNumber: '',
    registrationNumber: '',
  },
  frequency: { fromMHz: 3740, toMHz: 3800 },
  period: { from: '2027-01-01', to: '2031-12-31' },
  leaseAreaId: 'lease-udkast',
  purpose: 'Privat 5G-net til beredskabets droner og kommunale sensorer på Sydlangeland.',
  services: ['Dronestyring (BVLOS)', 'Live-video fra drone', 'IoT-sensorer'],
  tddPattern: 'DDDSU',
  synchronised: true,
  settlementKm2: 0,
  settlementSource: '',
  caseReference: '2026-1234',
  declaredInterest: { date: null, reference: '' },
  useRight: { kind: null, statement: '' },
  propertyDesignation: '',
  indoorOutdoor: null,
};

/** The sample with every cell on the requested 3740–3800 MHz (centre 3770 MHz, 60 MHz wide). */
export function tunedSampleProject(): Project {
  const project = sampleProject();
  return {
    ...project,
    sites: project.sites.map((s) => ({ ...s, cells: s.cells.map((c) => ({ ...c, frequencyMHz: 3770, bandwidthMHz: 60 })) })),
  };
}

/**
 * The tuned sample whose lease area is a MultiPolygon: the draft area with a hole (2 × 2 km, west of Humble) and a
 * second part around Lohals in the north.
 */
export function holedMultiPartProject(): Project {
  const project = tunedSampleProject();
  const lease = project.areas.find((a) => a.id === 'lease-udkast');
  if (!lease || lease.geometry.type !== 'Polygon') throw new Error('sample lease area must be a polygon');
  const hole: [number, number][] = [
    [10.74, 54.86],
    [10.74, 54.878],
    [10.771, 54.878],
    [10.771, 54.86],
    [10.74, 54.86],
  ];
  const north: [number, number][] = [
    [10.86, 55.1],
    [10.95, 55.1],
    [10.95, 55.16],
    [10.86, 55.16],
    [10.86, 55.1],
  ];
  const geometry = { type: 'MultiPolygon' as const, coordinates: [[lease.geometry.coordinates[0]!, hole], [north]] };
  return { ...project, areas: project.areas.map((a) => (a.id === 'lease-udkast' ? { ...a, geometry } : a)) };
}
