import { lt, type LocalizedText } from '../i18n/localized';
import type { TermsProfile } from './schema';

/** User-facing names of the sourced fields of a terms profile. */
export const TERMS_FIELD_LABELS: Partial<Record<keyof TermsProfile, LocalizedText>> = {
  addressee: lt('modtager', 'addressee'),
  band: lt('frekvensbånd', 'band'),
  leasableRange: lt('lejbart frekvensområde', 'leasable range'),
  blockRasterMHz: lt('blokraster', 'block raster'),
  minBandwidthMHz: lt('mindste båndbredde', 'minimum bandwidth'),
  maxBandwidthMHz: lt('største båndbredde', 'maximum bandwidth'),
  licenceTerm: lt('tilladelsens løbetid', 'licence term'),
  obligationWindowYears: lt('forpligtelsesperiode', 'obligation window'),
  maxTermYears: lt('længste lejeperiode', 'maximum term'),
  nonAasEirpDbmPer5MHz: lt('EIRP-grænse (ikke-AAS)', 'EIRP limit (non-AAS)'),
  aasTrpDbmPer5MHz: lt('TRP-grænse (AAS)', 'TRP limit (AAS)'),
  borderLimits: lt('grænseværdier ved landegrænser', 'border limits'),
  boundaryLimitDbuvPerMPer5MHz: lt('feltstyrkegrænse ved områdets kant', 'field-strength limit at the area boundary'),
  areaBasis: lt('områdegrundlag', 'area basis'),
  fee: lt('pris/gebyr', 'price/fee'),
  regulator: lt('frekvensmyndighed', 'spectrum regulator'),
  legalBasis: lt('retsgrundlag', 'legal basis'),
  areaModel: lt('områdemodel', 'area model'),
};

/** Returns the user-facing name of a profile field in both languages (the key when unknown). */
export function termsFieldLabel(key: string): LocalizedText {
  return TERMS_FIELD_LABELS[key as keyof TermsProfile] ?? lt(key, key);
}
