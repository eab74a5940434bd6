import { geoDistance } from 'd3';

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two points given as latitude/longitude in degrees, in km. */
export function greatCircleKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  return geoDistance([a.longitude, a.latitude], [b.longitude, b.latitude]) * EARTH_RADIUS_KM;
}

/**
 * Whether a reported distance disagrees with the computed one by more than the rounding a reporter
 * would use: 15% or 5 km, whichever is larger.
 */
export function disagrees(reportedKm: number, computedKm: number): boolean {
  return Math.abs(reportedKm - computedKm) > Math.max(5, 0.15 * computedKm);
}
