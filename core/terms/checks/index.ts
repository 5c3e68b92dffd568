import type { TermsProfile } from '../schema';
import { checkArea } from './area';
import { checkCoordination } from './coordination';
import { checkBorderFields, checkBoundaryField } from './fields';
import { checkPeriod } from './period';
import { checkPower } from './power';
import { checkRequester } from './requester';
import { checkCellCarriers, checkFrequencies, checkSlicesBandwidth } from './spectrum';
import type { Finding, FindingSeverity, LeaseRequestInput } from './types';
import { checkUnverified } from './unverified';
import { checkWindow } from './window';

export * from './types';
export { applicableBorderLimits } from './fields';
export { FOREIGN_LAND_TOLERANCE_KM2 } from './area';

type Check = (profile: TermsProfile, input: LeaseRequestInput) => Finding[];

const CHECKS: readonly Check[] = [
  checkWindow,
  checkFrequencies,
  checkSlicesBandwidth,
  checkCellCarriers,
  checkPeriod,
  checkPower,
  checkArea,
  checkRequester,
  checkUnverified,
  checkCoordination,
  checkBoundaryField,
  checkBorderFields,
];

/** Runs every compliance check of a lease request against a terms profile; blocking findings first. */
export function checkLeaseRequest(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const order: Record<FindingSeverity, number> = { blocking: 0, warning: 1, info: 2 };
  return CHECKS.flatMap((check) => check(profile, input)).sort((a, b) => order[a.severity] - order[b.severity]);
}
