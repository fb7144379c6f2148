/**
 * An equirectangular projection fitted to a bounding box, with longitudes
 * shortened by the cosine of the middle latitude so regions keep their shape.
 * Enough for a region of operations; no tiles, no network.
 */
export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

export type Project = (lon: number, lat: number) => [number, number];

export function fitProjection(bounds: Bounds, width: number, height: number, pad = 24): Project {
  const k = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180);
  const spanX = Math.max(1e-6, (bounds.east - bounds.west) * k);
  const spanY = Math.max(1e-6, bounds.north - bounds.south);
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return (lon, lat) => [
    offsetX + (lon - bounds.west) * k * scale,
    offsetY + (bounds.north - lat) * scale,
  ];
}

/** Bounds around the points, widened by a margin in degrees; the world when there are none. */
export function boundsOf(points: [number, number][], margin = 3): Bounds {
  if (points.length === 0) return { west: -180, east: 180, south: -60, north: 80 };
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  return {
    west: Math.min(...lons) - margin,
    east: Math.max(...lons) + margin,
    south: Math.max(-85, Math.min(...lats) - margin),
    north: Math.min(85, Math.max(...lats) + margin),
  };
}
