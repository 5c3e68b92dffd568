import { booleanPointInPolygon } from '@turf/turf';
import { lt } from '../../i18n/localized';
import type { TermsProfile } from '../schema';
import { countryName, num } from './text';
import { finding, type Finding, type LeaseRequestInput } from './types';

/** Foreign land inside a lease area below this is read as the offline basemap's ~100 m coastline error, km². */
export const FOREIGN_LAND_TOLERANCE_KM2 = 0.01;

/** The lease area: chosen, holds every cell, lies on the regime's own territory, fits the regime's area model. */
export function checkArea(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  if (input.circles) return checkCircles(profile, input);
  if (!input.leaseArea)
    return [
      finding(
        'area.missing',
        'blocking',
        true,
        lt('Der er ikke valgt et lejeområde.', 'No lease area is chosen.'),
        lt('Tegn eller importér lejeområdet.', 'Draw or import the lease area.'),
      ),
    ];
  const area = input.leaseArea as Parameters<typeof booleanPointInPolygon>[1];
  const out = input.cells
    .filter((c) => !booleanPointInPolygon([c.lon, c.lat], area))
    .map((c) =>
      finding(
        `area.cell-outside.${c.id}`,
        'blocking',
        true,
        lt(`${c.label} ligger uden for lejeområdet.`, `${c.label} lies outside the lease area.`),
        lt('Flyt cellen eller udvid lejeområdet.', 'Move the cell or extend the lease area.'),
      ),
    );
  for (const { country, overlapKm2 } of input.foreignLand ?? []) {
    if (country === profile.country || overlapKm2 <= 0) continue;
    const blocking = overlapKm2 > FOREIGN_LAND_TOLERANCE_KM2;
    out.push(
      finding(
        `area.foreign-land.${country}`,
        blocking ? 'blocking' : 'warning',
        true,
        lt(
          `Lejeområdet dækker ${num(overlapKm2, 3).da} km² af ${countryName(country, 'da')}s landområde (offline grundkort, kystlinje ca. 100 m nøjagtig).`,
          `The lease area covers ${num(overlapKm2, 3).en} km² of ${countryName(country, 'en')}'s land (offline basemap, coastline accurate to about 100 m).`,
        ),
        lt(
          `Beskær lejeområdet ved landegrænsen; ${countryName(profile.country, 'da')}s ordning gælder ikke i ${countryName(country, 'da')}.`,
          `Clip the lease area at the national border; ${countryName(profile.country, 'en')}'s regime does not apply in ${countryName(country, 'en')}.`,
        ),
      ),
    );
  }
  return out;
}

/** Ofcom low power: the licensed area is a circle per base station; an area-wide request is refused. */
function checkCircles(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const circles = input.circles as NonNullable<LeaseRequestInput['circles']>;
  const verified = profile.areaModel?.verified ?? false;
  if (circles.count === 0)
    return [
      finding(
        'area.no-base-stations',
        'blocking',
        verified,
        lt(
          `Ordningen giver tilladelse til en cirkel med ${num(circles.radiusM).da} m radius pr. basestation, men der er ingen celler.`,
          `The regime licenses a circle of ${num(circles.radiusM).en} m radius per base station, but there are no cells.`,
        ),
        lt('Placér basestationerne (sites med celler).', 'Place the base stations (sites with cells).'),
      ),
    ];
  const out: Finding[] = [];
  if (circles.leaseAreaKm2 !== null && circles.leaseAreaKm2 > circles.totalKm2 * 1.05)
    out.push(
      finding(
        'area.area-wide',
        'blocking',
        verified,
        lt(
          `Et områdedækkende lejeområde på ${num(circles.leaseAreaKm2, 3).da} km² kan ikke søges: ordningen giver tilladelse til en cirkel med ${num(circles.radiusM).da} m radius pr. basestation (${num(circles.count).da} cirkler, i alt ${num(circles.totalKm2, 4).da} km²).`,
          `An area-wide request of ${num(circles.leaseAreaKm2, 3).en} km² cannot be made: the regime licenses a circle of ${num(circles.radiusM).en} m radius per base station (${num(circles.count).en} circles, ${num(circles.totalKm2, 4).en} km² in all).`,
        ),
        lt(
          'Anmodningen omfatter kun cirklerne om basestationerne; fjern lejeområdet fra anmodningen.',
          'The request covers only the circles around the base stations; remove the lease area from the request.',
        ),
      ),
    );
  return out;
}
