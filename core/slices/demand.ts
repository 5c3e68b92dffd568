import { lt } from '../i18n/localized';
import type { Result } from '../project/problem';
import { fail, ok } from '../nr/result';
import type { Slice } from './schema';

/** Aggregate traffic a slice puts on the network in one area. */
export interface SliceDemand {
  sliceId: string;
  /** Devices in the area: deviceCount, or ⌈densityPerKm2 · areaKm2⌉. */
  devices: number;
  /** Devices active at once: ⌈devices · activityFactorPercent / 100⌉. */
  activeDevices: number;
  /** Guaranteed aggregate downlink rate in Mbps: activeDevices · dlPerDevice.guaranteedMbps. */
  dlMbps: number;
  /** Guaranteed aggregate uplink rate in Mbps: activeDevices · ulPerDevice.guaranteedMbps. */
  ulMbps: number;
  /** Peak rate one device may ask for, Mbps (not summed: peaks are assumed not to coincide). */
  peakDeviceDlMbps: number;
  peakDeviceUlMbps: number;
}

export interface SliceDemandOptions {
  /** Area of service in km²; needed when the slice gives a device density. */
  areaKm2?: number;
}

const ceilCount = (x: number) => Math.ceil(x - 1e-9);

/**
 * Guaranteed DL/UL demand of a slice in Mbps: active devices × per-device guaranteed rate, where the
 * activity factor (TS 28.541 activityFactor, % of devices active at once) scales the device count
 * and counts are rounded up (a partly active device still needs its full guaranteed rate).
 */
export function sliceDemand(slice: Slice, { areaKm2 }: SliceDemandOptions = {}): Result<SliceDemand> {
  let devices: number;
  if (slice.deviceCount !== undefined) devices = slice.deviceCount;
  else {
    if (areaKm2 === undefined || !(areaKm2 >= 0)) {
      return fail(
        'areaKm2',
        lt(
          `Slicen '${slice.name}' angiver en tæthed pr. km², så arealet skal kendes.`,
          `The slice '${slice.name}' gives a density per km², so the area must be known.`,
        ),
        lt(
          'Tilknyt et område til slicen, eller angiv et antal enheder.',
          'Link an area to the slice, or give a device count.',
        ),
      );
    }
    devices = ceilCount((slice.densityPerKm2 ?? 0) * areaKm2);
  }
  const activeDevices = ceilCount((devices * slice.activityFactorPercent) / 100);
  return ok({
    sliceId: slice.id,
    devices,
    activeDevices,
    dlMbps: activeDevices * slice.dlPerDevice.guaranteedMbps,
    ulMbps: activeDevices * slice.ulPerDevice.guaranteedMbps,
    peakDeviceDlMbps: slice.dlPerDevice.peakMbps,
    peakDeviceUlMbps: slice.ulPerDevice.peakMbps,
  });
}
