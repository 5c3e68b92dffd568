import { wgs84ToUtm32 } from '../geo/projection';
import { DEFAULT_VERTICAL_BEAMWIDTH_DEG, type Cell, type Environment, type Project } from '../project/schema';
import { antennaPattern, eirpPerReDbm, type AntennaPattern } from '../radio';
import { cellCalibrationOf, type CellCalibration } from './calibration-apply';

/** One radio cell ready for the kernel: position in EPSG:25832, height, scenario, carrier and reference power. */
export interface RadioCell {
  id: string;
  siteId: string;
  /** EPSG:25832 easting / northing of the antenna, m. */
  e: number;
  n: number;
  /** Antenna height above ground, m. */
  antennaHeightM: number;
  /** TR 38.901 scenario from the site's environment (InH uses the InH-Office mixed LOS probability). */
  environment: Environment;
  fcGHz: number;
  /** Channel bandwidth in MHz around fcGHz (default 60): SINR counts interferers by the overlap of carriers. */
  bandwidthMHz?: number;
  /** Main-beam EIRP per resource element in dBm (the project's EIRP per 5 MHz, flat PSD; see eirpPerReDbm). */
  eirpPerReDbm: number;
  /** Boresight azimuth in degrees clockwise from north; null for omni. */
  azimuthDeg: number | null;
  /** Downtilt in degrees below the horizon. */
  downtiltDeg: number;
  /** TR 38.901 Table 7.3-1 element pattern (omni in azimuth when azimuthDeg is null). */
  pattern: AntennaPattern;
  /** The project's calibration against measurements for this cell's scenario (core/coverage/calibration-apply.ts). */
  calibration?: CellCalibration;
}

export interface RadioCellOptions {
  /** Overrides every cell's carrier frequency in MHz (default: the cell's, 3700 MHz). */
  frequencyMHz?: number;
  /** Overrides every cell's channel bandwidth in MHz (default: the cell's, 60 MHz). RSRP per RE does not depend on it. */
  bandwidthMHz?: number;
  /** Subcarrier spacing in kHz (default 30). */
  scsKHz?: number;
  /**
   * A loss in dB taken off every cell's power, e.g. the TR 38.901 O2I building-entry loss for
   * indoor targets (see `indoorLossDb`).
   */
  extraLossDb?: number;
  /** Overrides the cells' horizontal HPBW in degrees and maximum gain in dBi. */
  sectorBeamwidthDeg?: number;
  sectorMaxGainDbi?: number;
}

export const DEFAULT_FREQUENCY_MHZ = 3700;

/** Main-beam EIRP per 5 MHz in dBm: as given for non-AAS cells; TRP plus the array gain for AAS cells. */
export function mainBeamEirpDbmPer5MHz(
  cell: Pick<Cell, 'aas' | 'trpDbmPer5MHz' | 'maxGainDbi' | 'eirpDbmPer5MHz'>,
): number {
  return cell.aas ? cell.trpDbmPer5MHz + cell.maxGainDbi : cell.eirpDbmPer5MHz;
}
export const DEFAULT_BANDWIDTH_MHZ = 60;

/**
 * Every cell of every site as a RadioCell. EIRP is taken as the main-beam value, so the pattern only attenuates
 * (gain − G_max ≤ 0). Omni cells keep the vertical cut with their downtilt. A project calibration travels with
 * each cell of a calibrated scenario and is applied to its path loss in the cell tables (calibration-apply.ts).
 */
export function radioCellsOf(
  project: Pick<Project, 'sites'> & Partial<Pick<Project, 'calibration'>>,
  options: RadioCellOptions = {},
): RadioCell[] {
  const scsKHz = options.scsKHz ?? 30;
  const cells: RadioCell[] = [];
  for (const site of project.sites) {
    const [e, n] = wgs84ToUtm32([site.lon, site.lat]);
    const calibration = cellCalibrationOf(project.calibration, site.environment);
    for (const cell of site.cells) {
      const omni = cell.azimuthDeg === null;
      const eirpDbm = mainBeamEirpDbmPer5MHz(cell);
      cells.push({
        id: cell.id,
        siteId: site.id,
        e,
        n,
        antennaHeightM: site.antennaHeightM,
        environment: site.environment,
        fcGHz: (options.frequencyMHz ?? cell.frequencyMHz ?? DEFAULT_FREQUENCY_MHZ) / 1000,
        bandwidthMHz: options.bandwidthMHz ?? cell.bandwidthMHz ?? DEFAULT_BANDWIDTH_MHZ,
        eirpPerReDbm: eirpPerReDbm({ eirpDbm, referenceBandwidthHz: 5e6, scsKHz }) - (options.extraLossDb ?? 0),
        azimuthDeg: cell.azimuthDeg,
        downtiltDeg: cell.downtiltDeg,
        pattern: antennaPattern({
          omni,
          horizontalBeamwidthDeg: options.sectorBeamwidthDeg ?? cell.horizontalBeamwidthDeg ?? 65,
          verticalBeamwidthDeg: cell.verticalBeamwidthDeg ?? DEFAULT_VERTICAL_BEAMWIDTH_DEG,
          maxGainDbi: options.sectorMaxGainDbi ?? cell.maxGainDbi ?? 8,
          frontToBackDb: cell.frontToBackDb ?? 30,
        }),
        ...(calibration ? { calibration } : {}),
      });
    }
  }
  return cells;
}
