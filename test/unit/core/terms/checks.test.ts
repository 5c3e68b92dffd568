import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkLeaseRequest,
  isValidCvr,
  parseTermsProfile,
  type LeaseRequestInput,
  type TermsProfile,
} from '../../../../core/terms';
import { loadProject } from '../../../../core/project';

function profile(id: string): TermsProfile {
  const r = parseTermsProfile(
    JSON.parse(readFileSync(join(__dirname, '../../../../data/terms', `${id}.json`), 'utf8')),
  );
  if (!r.ok) throw new Error('profile must load');
  return r.value;
}
const sample = loadProject(readFileSync(join(__dirname, '../../../../data/samples/langeland.frekvensplan'), 'utf8'));
if (!sample.ok) throw new Error('sample must load');
const project = sample.value.project;
const lease = project.areas.find((a) => a.kind === 'lease');
const cells = project.sites.flatMap((s) =>
  s.cells.map((c) => ({ id: c.id, label: s.name, lon: s.lon, lat: s.lat, eirpDbmPer5MHz: c.eirpDbmPer5MHz })),
);

const base: LeaseRequestInput = {
  requestDate: '2026-11-29',
  requester: {
    name: 'Langeland Kommune',
    cvr: '12345674',
    contactName: 'A. Planlægger',
    contactEmail: 'plan@example.dk',
    address: 'Fredensvej 1, 5900 Rudkøbing',
  },
  frequency: { fromMHz: 3740, toMHz: 3800 },
  period: { from: '2027-01-01', to: '2031-12-31' },
  cells: cells.filter((c) => c.lat < 54.96),
  leaseArea: lease?.geometry ?? null,
};
const ids = (input: LeaseRequestInput, p = profile('dk-tt-2021')) =>
  checkLeaseRequest(p, input).map((f) => `${f.severity}:${f.id}`);

describe('CVR modulus-11 check (weights 2,7,6,5,4,3,2,1)', () => {
  it.each([
    ['12345674', true], // 1·2+2·7+3·6+4·5+5·4+6·3+7·2+4·1 = 110
    ['59778714', true], // 209 = 11·19
    ['1234 5674', true],
    ['12345675', false],
    ['1234567', false],
    ['02345674', false],
    ['abcdefgh', false],
  ])('%s → %s', (cvr, valid) => expect(isValidCvr(cvr)).toBe(valid));
});

describe('checkLeaseRequest against dk-tt-2021', () => {
  it('finds no blocking problem in a complete request, but tells the truth about the window and unverified terms', () => {
    const result = ids(base);
    expect(result.filter((r) => r.startsWith('blocking'))).toEqual([]);
    expect(result).toContain('warning:window.after-obligation-window');
    expect(result).toContain('warning:profile.unverified');
  });

  it('is informational inside the obligation window', () => {
    expect(ids({ ...base, requestDate: '2024-03-01' })).toContain('info:window.inside-obligation-window');
  });

  it('blocks frequencies outside the leasable range and bandwidth above 60 MHz', () => {
    const result = ids({ ...base, frequency: { fromMHz: 3700, toMHz: 3800 } });
    expect(result).toContain('blocking:frequency.outside');
    expect(result).toContain('blocking:bandwidth.too-large');
  });

  it('blocks a period past the licence expiry', () => {
    expect(ids({ ...base, period: { from: '2030-01-01', to: '2042-12-31' } })).toContain(
      'blocking:period.after-licence',
    );
  });

  it('blocks cells outside the lease area, naming the cell', () => {
    const lohals = project.sites.find((s) => s.id === 'havn-lohals');
    const extra = {
      id: 'x',
      label: lohals?.name ?? '',
      lon: lohals?.lon ?? 0,
      lat: lohals?.lat ?? 0,
      eirpDbmPer5MHz: 60,
    };
    const findings = checkLeaseRequest(profile('dk-tt-2021'), { ...base, cells: [...base.cells, extra] });
    const outside = findings.find((f) => f.id === 'area.cell-outside.x');
    expect(outside?.severity).toBe('blocking');
    expect(outside?.message.da).toContain('Lohals Havn');
  });

  it('blocks EIRP above the licence limit and flags it as unverified', () => {
    const findings = checkLeaseRequest(profile('dk-tt-2021'), {
      ...base,
      cells: [{ ...(base.cells[0] as LeaseRequestInput['cells'][number]), eirpDbmPer5MHz: 70 }],
    });
    const power = findings.find((f) => f.id.startsWith('power.'));
    expect(power).toMatchObject({ severity: 'blocking', verified: false });
  });

  it('blocks missing requester data and an invalid CVR', () => {
    const result = ids({
      ...base,
      requester: { ...base.requester, name: '', cvr: '12345675', contactEmail: 'not-an-email' },
    });
    expect(result).toEqual(
      expect.arrayContaining([
        'blocking:requester.requesterName',
        'blocking:requester.cvr-invalid',
        'blocking:requester.email-invalid',
      ]),
    );
  });

  it('blocks a request narrower than the slices need', () => {
    expect(ids({ ...base, frequency: { fromMHz: 3780, toMHz: 3800 }, requiredBandwidthMHz: 40 })).toContain(
      'blocking:bandwidth.below-slices',
    );
  });

  it('says that no bandwidth carries the slices when a fresh plan found none, not that they are unsized', () => {
    const found = checkLeaseRequest(profile('dk-tt-2021'), { ...base, slicesExceedMHz: 60 });
    const finding = found.find((f) => f.id === 'bandwidth.slices-exceed');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message.da).toContain('Ingen tilladt båndbredde bærer alle slices (heller ikke 60 MHz)');
    expect(found.some((f) => f.id === 'bandwidth.slices-unsized')).toBe(false);
    // Asking for less than the largest allowed bandwidth, when even that does not carry them, blocks.
    expect(ids({ ...base, frequency: { fromMHz: 3780, toMHz: 3800 }, slicesExceedMHz: 60 })).toContain(
      'blocking:bandwidth.below-slices',
    );
    expect(ids({ ...base, slicesUnsized: true })).toContain('warning:bandwidth.slices-unsized');
  });

  it('checks the block raster where a regime has one (BNetzA 10 MHz)', () => {
    const result = ids({ ...base, frequency: { fromMHz: 3705, toMHz: 3745 } }, profile('de-bnetza-3700'));
    expect(result).toContain('blocking:frequency.raster');
  });

  it('lists blocking findings first', () => {
    const findings = checkLeaseRequest(profile('dk-tt-2021'), { ...base, leaseArea: null });
    expect(findings[0]?.severity).toBe('blocking');
    expect(findings.at(-1)?.severity).not.toBe('blocking');
  });
});

describe('power checks for AAS cells', () => {
  it('checks TRP against the AAS limit (47 dBm/5 MHz) instead of EIRP', () => {
    const aas = {
      ...(base.cells[0] as LeaseRequestInput['cells'][number]),
      eirpDbmPer5MHz: 75,
      aas: true,
      trpDbmPer5MHz: 47,
    };
    expect(ids({ ...base, cells: [aas] }).filter((id) => id.startsWith('blocking:power'))).toEqual([]);
    const over = { ...aas, trpDbmPer5MHz: 49 };
    const finding = checkLeaseRequest(profile('dk-tt-2021'), { ...base, cells: [over] }).find((f) =>
      f.id.startsWith('power.'),
    );
    expect(finding?.message.en).toContain('exceeds the AAS limit of 47');
  });
});

describe('consistency checks (issue 10 item 1)', () => {
  const withCarrier = (frequencyMHz: number, bandwidthMHz: number) =>
    base.cells.map((c) => ({ ...c, frequencyMHz, bandwidthMHz }));

  it('blocks cells transmitting at 3700 MHz / 60 MHz (3670–3730) when 3740–3800 MHz is requested', () => {
    const findings = checkLeaseRequest(profile('dk-tt-2021'), { ...base, cells: withCarrier(3700, 60) });
    const carrier = findings.filter((f) => f.id.startsWith('carrier.outside.'));
    expect(carrier).toHaveLength(base.cells.length);
    expect(carrier.every((f) => f.severity === 'blocking')).toBe(true);
    expect(carrier[0]?.message.en).toContain('transmits on 3,670–3,730 MHz');
  });

  it('blocks a cell moved to 3500 MHz, in another operator’s block', () => {
    const cells = withCarrier(3770, 60);
    cells[0] = { ...(cells[0] as (typeof cells)[number]), frequencyMHz: 3500, bandwidthMHz: 20 };
    const result = ids({ ...base, cells });
    expect(result.filter((r) => r.startsWith('blocking:carrier.'))).toHaveLength(1);
  });

  it('passes cells whose whole carrier lies inside the requested range', () => {
    expect(ids({ ...base, cells: withCarrier(3770, 60) }).filter((r) => r.startsWith('blocking'))).toEqual([]);
    expect(ids({ ...base, cells: withCarrier(3750, 20) }).filter((r) => r.startsWith('blocking'))).toEqual([]);
  });

  it('refuses dates that are not real calendar dates, naming the date', () => {
    const findings = checkLeaseRequest(profile('dk-tt-2021'), { ...base, requestDate: '2025-02-30' });
    const invalid = findings.find((f) => f.id === 'date.invalid.request-date');
    expect(invalid?.severity).toBe('blocking');
    expect(invalid?.message.en).toContain("'2025-02-30' is not a real calendar date");
  });

  it('blocks a lease period that ended before the request date, and one that ends before it starts', () => {
    expect(ids({ ...base, period: { from: '2025-01-01', to: '2026-06-30' } })).toContain(
      'blocking:period.before-request',
    );
    expect(ids({ ...base, period: { from: '2028-01-01', to: '2027-12-31' } })).toContain('blocking:period.empty');
  });

  it('blocks a period longer than the regime allows (PTS: 5 years)', () => {
    const se = profile('se-pts-3720');
    expect(
      ids({ ...base, frequency: { fromMHz: 3720, toMHz: 3800 }, period: { from: '2027-01-01', to: '2032-06-30' } }, se),
    ).toContain('blocking:period.too-long');
  });

  it('blocks an empty purpose: a final document never has an empty heading', () => {
    const findings = checkLeaseRequest(profile('dk-tt-2021'), {
      ...base,
      fieldValues: { purpose: '  ', tddSync: 'DDDSU' },
    });
    expect(findings.find((f) => f.id === 'requester.purpose')).toMatchObject({
      severity: 'blocking',
      message: { en: 'Purpose is missing.' },
    });
  });

  it('states positively that every cell is within the power limits', () => {
    const findings = checkLeaseRequest(profile('dk-tt-2021'), base);
    expect(findings.find((f) => f.id === 'power.within-limits')?.message.en).toBe(
      `All ${base.cells.length} cells are within the power limits (EIRP ≤ 68 dBm/5 MHz, TRP ≤ 47 dBm/5 MHz (AAS)).`,
    );
  });

  it('blocks a declaration of interest dated after the request', () => {
    expect(ids({ ...base, declaredInterest: { date: '2027-01-01', reference: '' } })).toContain(
      'blocking:declared-interest.after-request',
    );
  });

  it('blocks a lease area over foreign land (3.2 km² of Germany), warns on slivers within the basemap’s accuracy', () => {
    const over = checkLeaseRequest(profile('dk-tt-2021'), {
      ...base,
      foreignLand: [{ country: 'DE', overlapKm2: 3.2 }],
    });
    expect(over.find((f) => f.id === 'area.foreign-land.DE')).toMatchObject({ severity: 'blocking' });
    expect(over.find((f) => f.id === 'area.foreign-land.DE')?.message.en).toContain("3.200 km² of Germany's land");
    const sliver = checkLeaseRequest(profile('dk-tt-2021'), {
      ...base,
      foreignLand: [{ country: 'DE', overlapKm2: 0.004 }],
    });
    expect(sliver.find((f) => f.id === 'area.foreign-land.DE')?.severity).toBe('warning');
  });
});
