import { lt } from '../../i18n/localized';
import type { BorderLimit, TermsProfile } from '../schema';
import { countryName, fieldAtText, num } from './text';
import { finding, type Finding, type LeaseRequestInput } from './types';

/** The border limits for a neighbour that apply to synchronised or unsynchronised use. */
export function applicableBorderLimits(profile: TermsProfile, country: string, synchronised: boolean): BorderLimit[] {
  const want = synchronised ? 'synchronised' : 'unsynchronised';
  return (profile.borderLimits.value ?? []).filter(
    (l) => l.country === country && (l.sync === want || l.sync === 'any'),
  );
}

/** The field on the lease-area boundary against the profile's boundary limit (or reported when none is published). */
export function checkBoundaryField(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const field = input.boundaryField;
  if (!field) return [];
  const limit = profile.boundaryLimitDbuvPerMPer5MHz.value;
  const verified = profile.boundaryLimitDbuvPerMPer5MHz.verified;
  if (limit === null)
    return [
      finding(
        'boundary-field.no-limit',
        'info',
        false,
        lt(
          `Højeste beregnede feltstyrke på lejeområdets kant: ${fieldAtText(field, 'da')}. Profilen har ingen offentliggjort grænse for kanten.`,
          `Highest predicted field strength on the lease-area boundary: ${fieldAtText(field, 'en')}. The profile has no published boundary limit.`,
        ),
      ),
    ];
  const over = field.valueDbuvPerMPer5MHz > limit;
  return [
    finding(
      over ? 'boundary-field.exceeded' : 'boundary-field.ok',
      over ? 'blocking' : 'info',
      verified,
      lt(
        `Højeste beregnede feltstyrke på lejeområdets kant: ${fieldAtText(field, 'da')}; grænsen er ${num(limit, 1).da} dBµV/m pr. 5 MHz${over ? ' og overskrides' : ' og overholdes'}.`,
        `Highest predicted field strength on the lease-area boundary: ${fieldAtText(field, 'en')}; the limit is ${num(limit, 1).en} dBµV/m per 5 MHz and is ${over ? 'exceeded' : 'met'}.`,
      ),
      over
        ? lt(
            'Sænk effekten, vend sektorerne væk fra kanten eller udvid lejeområdet.',
            'Lower the power, turn sectors away from the boundary or extend the lease area.',
          )
        : undefined,
    ),
  ];
}

/** The predicted field along each neighbour's land against the border limits for the network's sync mode. */
export function checkBorderFields(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const out: Finding[] = [];
  const synchronised = input.synchronised ?? false;
  const seaNote = lt(
    ' Havgrænsen er ikke modelleret: feltet er beregnet på nabolandets kyst og landgrænse fra det offline grundkort; på selve havgrænsen kan det være højere.',
    " The sea border is not modelled: the field is computed on the neighbour's coast and land border from the offline basemap; on the sea border itself it can be higher.",
  );
  for (const border of input.borderFields ?? []) {
    const limits = applicableBorderLimits(profile, border.country, synchronised).filter(
      (l) => Math.abs(l.heightM - border.heightM) < 1e-6,
    );
    const name = { da: countryName(border.country, 'da'), en: countryName(border.country, 'en') };
    if (!border.max) {
      if (limits.length > 0)
        out.push(
          finding(
            `border-field.out-of-range.${border.country}`,
            'info',
            true,
            lt(
              `Ingen del af ${name.da} ligger inden for radiohorisonten (${num(border.rangeKm, 1).da} km) af cellerne; feltet ved grænsen er ikke beregnet.`,
              `No part of ${name.en} lies within the radio horizon (${num(border.rangeKm, 1).en} km) of the cells; the field at the border is not computed.`,
            ),
          ),
        );
      continue;
    }
    const max = border.max;
    if (limits.length === 0) {
      out.push(
        finding(
          `border-field.no-limit.${border.country}`,
          'warning',
          false,
          lt(
            `Beregnet feltstyrke ved grænsen til ${name.da}: ${fieldAtText(max, 'da')}. Profilen har ingen grænseværdi for ${synchronised ? 'synkroniseret' : 'usynkroniseret'} brug mod ${name.da}.${seaNote.da}`,
            `Predicted field strength at the border with ${name.en}: ${fieldAtText(max, 'en')}. The profile has no limit for ${synchronised ? 'synchronised' : 'unsynchronised'} use towards ${name.en}.${seaNote.en}`,
          ),
        ),
      );
      continue;
    }
    for (const limit of limits) {
      const over = max.valueDbuvPerMPer5MHz > limit.fieldStrengthDbuvPerMPer5MHz;
      const verified = (limit.verified ?? profile.borderLimits.verified) && limit.heightVerified !== false;
      const limitText = lt(
        `${num(limit.fieldStrengthDbuvPerMPer5MHz, 1).da} dBµV/m pr. 5 MHz i ${num(limit.heightM).da} m højde${limit.heightVerified === false ? ' (højden antaget som i ECC/REC/(15)01, ikke verificeret)' : ''}${limit.distanceInsideKm > 0 ? `, ${num(limit.distanceInsideKm).da} km inde i nabolandet (her beregnet på grænsen, hvilket er på den sikre side)` : ''} (${limit.condition.da})`,
        `${num(limit.fieldStrengthDbuvPerMPer5MHz, 1).en} dBµV/m per 5 MHz at ${num(limit.heightM).en} m height${limit.heightVerified === false ? ' (height assumed as in ECC/REC/(15)01, not verified)' : ''}${limit.distanceInsideKm > 0 ? `, ${num(limit.distanceInsideKm).en} km inside the neighbouring country (computed here on the border, the conservative side)` : ''} (${limit.condition.en})`,
      );
      out.push(
        finding(
          `border-field.${over ? 'exceeded' : 'ok'}.${border.country}.${limit.sync}`,
          over ? 'blocking' : 'info',
          verified,
          lt(
            `Beregnet feltstyrke ved grænsen til ${name.da}: højst ${fieldAtText(max, 'da')}; grænsen er ${limitText.da} og ${over ? 'overskrides' : 'overholdes'}.${seaNote.da}`,
            `Predicted field strength at the border with ${name.en}: at most ${fieldAtText(max, 'en')}; the limit is ${limitText.en} and is ${over ? 'exceeded' : 'met'}.${seaNote.en}`,
          ),
          over
            ? lt(
                'Sænk effekten, vend sektorerne væk fra grænsen, synkronisér med operatørens TDD-ramme eller indgå en koordineringsaftale.',
                "Lower the power, turn sectors away from the border, synchronise with the operator's TDD frame or obtain a coordination agreement.",
              )
            : undefined,
        ),
      );
    }
  }
  return out;
}
