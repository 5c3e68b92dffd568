/**
 * Every cell as a RadioCell for receivers at a target (outdoors, or indoors with the TR 38.901 O2I loss at each
 * cell's own frequency and scenario); refuses the high-loss building for RMa sites. See core/coverage/indoor.ts.
 */
export { receiverCellsOf } from '../../../core/coverage';
