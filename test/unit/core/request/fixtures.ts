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
    sites: project.sites.map((s) => ({
      ...s,
      cells: s.cells.map((c) => ({ ...c, frequencyMHz: 3770, bandwidthMHz: 60 })),
    })),
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

/** A small campus project in another country: two low-power sectors inside a lease area given as one ring. */
function campus(project: Project, name: string, ring: [number, number][], sites: [number, number][]): Project {
  const template = project.sites[0]!;
  return {
    ...project,
    sites: sites.map(([lon, lat], i) => ({
      ...template,
      id: `campus-${i + 1}`,
      name: `${name} ${i + 1}`,
      lon,
      lat,
      antennaHeightM: 10,
      cells: [
        {
          ...template.cells[0]!,
          id: `campus-${i + 1}-a`,
          azimuthDeg: 180,
          eirpDbmPer5MHz: 30,
          frequencyMHz: 3770,
          bandwidthMHz: 60,
        },
      ],
    })),
    areas: [{ id: 'lease-udkast', name, kind: 'lease', notes: '', geometry: { type: 'Polygon', coordinates: [ring] } }],
    slices: [],
  };
}

/** Complete drafts and projects for each regime's document (golden files, regime tests). */
export function regimeCase(id: 'dk-tt-2021' | 'de-bnetza-3700' | 'se-pts-3720' | 'uk-ofcom-sa-lp'): {
  project: Project;
  draft: RequestDraft;
} {
  const project = tunedSampleProject();
  switch (id) {
    case 'dk-tt-2021':
      return {
        project,
        draft: {
          ...sampleDraft,
          declaredInterest: { date: '2025-03-14', reference: 'TT-Netværket, e-mail af 14.03.2025' },
        },
      };
    case 'de-bnetza-3700':
      return {
        project: campus(
          project,
          'Werk Flensburg-Weiche',
          [
            [9.37, 54.765],
            [9.395, 54.765],
            [9.395, 54.778],
            [9.37, 54.778],
            [9.37, 54.765],
          ],
          [
            [9.378, 54.769],
            [9.389, 54.774],
          ],
        ),
        draft: {
          ...sampleDraft,
          frequency: { fromMHz: 3700, toMHz: 3800 },
          period: { from: '2027-01-01', to: '2036-12-31' },
          settlementKm2: 1,
          settlementSource: 'ALKIS, tatsächliche Nutzung (Stand 2026)',
          useRight: { kind: 'owner', statement: 'Grundbuch von Flensburg, Blatt 4711' },
          propertyDesignation: 'Gemarkung Flensburg, Flur 12, Flurstück 17/2',
          requester: {
            ...sampleDraft.requester,
            name: 'Nordwerk GmbH',
            address: 'Liebigstraße 1, 24941 Flensburg',
            registrationNumber: 'HRB 1234 FL',
          },
          purpose: 'Privates 5G-Campusnetz für fahrerlose Transportsysteme und Sensorik im Werk.',
          services: [],
        },
      };
    case 'se-pts-3720':
      return {
        project: campus(
          project,
          'Malmö hamn',
          [
            [12.975, 55.615],
            [13.0, 55.615],
            [13.0, 55.628],
            [12.975, 55.628],
            [12.975, 55.615],
          ],
          [
            [12.982, 55.62],
            [12.993, 55.624],
          ],
        ),
        draft: {
          ...sampleDraft,
          requester: {
            ...sampleDraft.requester,
            name: 'Malmö stad',
            address: 'August Palms plats 1, 205 80 Malmö',
            organisationNumber: '212000-1124',
          },
          purpose: 'Privat 5G-nät för hamnens kranar, drönare och sensorer.',
          services: [],
          frequency: { fromMHz: 3720, toMHz: 3800 },
          period: { from: '2027-01-01', to: '2031-12-31' },
          propertyDesignation: 'Malmö Hamnen 22:164',
          indoorOutdoor: 'both',
        },
      };
    case 'uk-ofcom-sa-lp': {
      const sites = project.sites
        .filter((s) => s.cells.length > 0)
        .slice(0, 2)
        .map((s, i) => ({
          ...s,
          lon: [0.1218, 0.1305][i] as number,
          lat: [52.2053, 52.2011][i] as number,
          antennaHeightM: 8,
          cells: s.cells.slice(0, 1).map((c) => ({ ...c, frequencyMHz: 3850, bandwidthMHz: 100, eirpDbmPer5MHz: 24 })),
        }));
      return {
        project: { ...project, sites, areas: [], slices: [] },
        draft: {
          ...sampleDraft,
          requester: {
            ...sampleDraft.requester,
            name: 'Cambridge Robotics Ltd',
            address: '1 Station Road, Cambridge CB1 2JW',
            contactPhone: '+44 1223 000000',
            registrationNumber: '01234567',
          },
          frequency: { fromMHz: 3800, toMHz: 3900 },
          period: { from: '2027-01-01', to: '2027-12-31' },
          leaseAreaId: null,
          services: [],
        },
      };
    }
  }
}
