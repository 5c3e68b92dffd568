import { lt } from '../../i18n/localized';
import type { TermsProfile } from '../schema';
import { both, num } from './text';
import { finding, type Finding, type LeaseRequestInput } from './types';

const EPS = 1e-6;

/** Requested range against the leasable range, block raster and bandwidth limits. */
export function checkFrequencies(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const out: Finding[] = [];
  const { fromMHz, toMHz } = input.frequency;
  const bandwidth = toMHz - fromMHz;
  const range = profile.leasableRange.value;
  if (!(bandwidth > 0))
    return [
      finding('frequency.empty', 'blocking', true, lt('Frekvensområdet er tomt.', 'The frequency range is empty.')),
    ];
  if (range && (fromMHz < range.fromMHz - EPS || toMHz > range.toMHz + EPS)) {
    out.push(
      finding(
        'frequency.outside',
        'blocking',
        profile.leasableRange.verified,
        both((l) =>
          l === 'da'
            ? `${num(fromMHz).da}–${num(toMHz).da} MHz ligger uden for det lejbare område ${num(range.fromMHz).da}–${num(range.toMHz).da} MHz.`
            : `${num(fromMHz).en}–${num(toMHz).en} MHz lies outside the leasable range ${num(range.fromMHz).en}–${num(range.toMHz).en} MHz.`,
        ),
        lt('Vælg frekvenser inden for området.', 'Choose frequencies inside the range.'),
      ),
    );
  } else if (!range) {
    out.push(
      finding(
        'frequency.range-unknown',
        'warning',
        false,
        lt('Det lejbare frekvensområde er ikke offentliggjort.', 'The leasable frequency range is not published.'),
        lt(
          'Udfyld det i vilkårsprofilen fra lejekontrakten.',
          'Fill it in in the terms profile from the lease contract.',
        ),
      ),
    );
  }
  const raster = profile.blockRasterMHz.value;
  if (raster && range) {
    const off = (f: number) => {
      const r = (f - range.fromMHz) / raster;
      return Math.abs(r - Math.round(r)) > EPS;
    };
    if (off(fromMHz) || off(toMHz))
      out.push(
        finding(
          'frequency.raster',
          'blocking',
          profile.blockRasterMHz.verified,
          lt(
            `Frekvenserne følger ikke blokrasteret på ${num(raster).da} MHz fra ${num(range.fromMHz).da} MHz.`,
            `The frequencies do not follow the ${num(raster).en} MHz block raster from ${num(range.fromMHz).en} MHz.`,
          ),
        ),
      );
  }
  const min = profile.minBandwidthMHz.value;
  const max = profile.maxBandwidthMHz.value;
  if (min !== null && bandwidth < min - EPS)
    out.push(
      finding(
        'bandwidth.too-small',
        'blocking',
        profile.minBandwidthMHz.verified,
        lt(
          `Båndbredden ${num(bandwidth).da} MHz er under minimum ${num(min).da} MHz.`,
          `The bandwidth ${num(bandwidth).en} MHz is below the minimum ${num(min).en} MHz.`,
        ),
      ),
    );
  if (max !== null && bandwidth > max + EPS)
    out.push(
      finding(
        'bandwidth.too-large',
        'blocking',
        profile.maxBandwidthMHz.verified,
        lt(
          `Båndbredden ${num(bandwidth).da} MHz overstiger maksimum ${num(max).da} MHz.`,
          `The bandwidth ${num(bandwidth).en} MHz exceeds the maximum ${num(max).en} MHz.`,
        ),
      ),
    );
  return out;
}

/** The slices' bandwidth need (from the slice plan, as in `frekvensplan slices`) against the requested bandwidth. */
export function checkSlicesBandwidth(_profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const bandwidth = input.frequency.toMHz - input.frequency.fromMHz;
  if (input.requiredBandwidthMHz !== undefined && input.requiredBandwidthMHz > bandwidth + EPS)
    return [
      finding(
        'bandwidth.below-slices',
        'blocking',
        true,
        lt(
          `Slices kræver ${num(input.requiredBandwidthMHz).da} MHz, men der anmodes om ${num(bandwidth).da} MHz.`,
          `The slices need ${num(input.requiredBandwidthMHz).en} MHz but ${num(bandwidth).en} MHz is requested.`,
        ),
        lt('Øg båndbredden eller reducér kravene.', 'Increase the bandwidth or reduce the requirements.'),
      ),
    ];
  if (input.slicesInfeasible)
    return [
      finding(
        'bandwidth.slices-infeasible',
        'warning',
        true,
        lt(
          `Slices-beregningen fandt ingen tilladt båndbredde, der bærer alle projektets slices; de anmodede ${num(bandwidth).da} MHz bærer dem heller ikke.`,
          `The slice plan found no allowed bandwidth that carries every slice of the project; the requested ${num(bandwidth).en} MHz does not carry them either.`,
        ),
        lt(
          'Se panelet Slices: ret dækningen eller kravene, eller send anmodningen vel vidende, at ikke alle tjenester kan leveres.',
          'See the Slices panel: fix the coverage or the requirements, or send the request knowing that not every service can be delivered.',
        ),
      ),
    ];
  if (input.slicesUnsized)
    return [
      finding(
        'bandwidth.slices-unsized',
        'warning',
        true,
        lt(
          'Projektets slices er ikke dimensioneret, så det er ikke kontrolleret, at båndbredden rækker.',
          "The project's slices are not sized, so it is not checked that the bandwidth suffices.",
        ),
        lt('Beregn slices (panelet Slices) før afsendelse.', 'Compute the slices (Slices panel) before sending.'),
      ),
    ];
  return [];
}

/** Every cell's carrier (centre ± bandwidth/2) must lie inside the requested range. */
export function checkCellCarriers(_profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const { fromMHz, toMHz } = input.frequency;
  const out: Finding[] = [];
  for (const c of input.cells) {
    if (c.frequencyMHz === undefined || c.bandwidthMHz === undefined) continue;
    const low = c.frequencyMHz - c.bandwidthMHz / 2;
    const high = c.frequencyMHz + c.bandwidthMHz / 2;
    if (low >= fromMHz - EPS && high <= toMHz + EPS) continue;
    out.push(
      finding(
        `carrier.outside.${c.id}`,
        'blocking',
        true,
        lt(
          `${c.label} sender på ${num(low).da}–${num(high).da} MHz (${num(c.frequencyMHz, 1).da} MHz ± ${num(c.bandwidthMHz / 2, 1).da} MHz), uden for det anmodede ${num(fromMHz).da}–${num(toMHz).da} MHz.`,
          `${c.label} transmits on ${num(low).en}–${num(high).en} MHz (${num(c.frequencyMHz, 1).en} MHz ± ${num(c.bandwidthMHz / 2, 1).en} MHz), outside the requested ${num(fromMHz).en}–${num(toMHz).en} MHz.`,
        ),
        lt(
          'Flyt cellens frekvens ind i det anmodede område (eller ret anmodningen).',
          "Move the cell's frequency into the requested range (or change the request).",
        ),
      ),
    );
  }
  return out;
}
