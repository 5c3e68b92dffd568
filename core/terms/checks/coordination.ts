import { lt } from '../../i18n/localized';
import type { TermsProfile } from '../schema';
import { num } from './text';
import { finding, type Finding, type LeaseRequestInput } from './types';

/** Distance below which a neighbouring lease area is pointed out, km. */
const COORDINATION_DISTANCE_KM = 10;

/** Overlaps with and nearness to the project's other lease areas. */
export function checkCoordination(_profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const out: Finding[] = [];
  for (const other of input.coordination?.otherLeaseAreas ?? []) {
    if (other.overlapKm2 > 0)
      out.push(
        finding(
          `coordination.overlap.${other.name}`,
          'blocking',
          true,
          lt(
            `Lejeområdet overlapper "${other.name}" (${num(other.overlapKm2, 2).da} km²).`,
            `The lease area overlaps "${other.name}" (${num(other.overlapKm2, 2).en} km²).`,
          ),
          lt(
            'Fjern overlappet eller koordinér med den anden lejer.',
            'Remove the overlap or coordinate with the other lessee.',
          ),
        ),
      );
    else if (other.distanceKm <= COORDINATION_DISTANCE_KM)
      out.push(
        finding(
          `coordination.near.${other.name}`,
          'info',
          true,
          lt(
            `Lejeområdet ligger ${num(other.distanceKm, 1).da} km fra "${other.name}"; koordinér synkronisering og effekt.`,
            `The lease area is ${num(other.distanceKm, 1).en} km from "${other.name}"; coordinate synchronisation and power.`,
          ),
        ),
      );
  }
  return out;
}
