// Locator maps, computed at build time: the coastline from Natural Earth (world-atlas) is projected,
// clipped to the drawn area and thinned to whole-pixel steps here, so the browser only receives
// ready SVG path strings and marker positions (d3-geo and topojson never reach the client bundle).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';

export type Extent = [[number, number], [number, number]]; // [[west, south], [east, north]] in degrees

const require = createRequire(import.meta.url);
const topoCache = new Map<string, FeatureCollection<Geometry, { name: string }>>();

/** Natural Earth admin-0 countries at 1:10m or 1:50m, from the world-atlas package. */
function countries(scale: '10m' | '50m') {
  let fc = topoCache.get(scale);
  if (!fc) {
    const file = require.resolve(`world-atlas/countries-${scale}.json`);
    const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    topoCache.set(scale, fc);
  }
  return fc;
}

/** Japan's land (ISO 3166 numeric 392). */
export function japan(scale: '10m' | '50m'): Feature<Geometry> {
  const f = countries(scale).features.find((d) => d.id === '392');
  if (!f) throw new Error(`world-atlas countries-${scale}: Japan (392) not found`);
  return f;
}

function extentPolygon([[w, s], [e, n]]: Extent): Feature<Polygon> {
  // Counter-clockwise ring with intermediate points so the spherical polygon follows the parallels.
  const ring: [number, number][] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) ring.push([w + ((e - w) * i) / steps, s]);
  for (let i = 0; i <= steps; i++) ring.push([e, s + ((n - s) * i) / steps]);
  for (let i = 0; i <= steps; i++) ring.push([e - ((e - w) * i) / steps, n]);
  for (let i = 0; i <= steps; i++) ring.push([w, n - ((n - s) * i) / steps]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** A path context that keeps one point per `tolerance` px and rounds to 0.1 px: a build-time
 *  simplification that keeps the outline (every ring keeps its first and last point). */
class ThinPath {
  private parts: string[] = [];
  private ring: [number, number][] = [];
  constructor(private tolerance: number) {}
  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[x, y]];
  }
  lineTo(x: number, y: number) {
    const [px, py] = this.ring[this.ring.length - 1];
    if (Math.hypot(x - px, y - py) >= this.tolerance) this.ring.push([x, y]);
  }
  closePath() {
    this.flush(true);
  }
  arc() {}
  private flush(close = false) {
    if (this.ring.length >= (close ? 3 : 2)) {
      const r = (v: number) => Math.round(v * 10) / 10;
      this.parts.push('M' + this.ring.map(([x, y]) => `${r(x)},${r(y)}`).join('L') + (close ? 'Z' : ''));
    }
    this.ring = [];
  }
  result() {
    this.flush();
    return this.parts.join('');
  }
}

export interface Projected {
  width: number;
  height: number;
  /** Land inside the extent, as one SVG path. */
  land: string;
  project: (lon: number, lat: number) => [number, number];
}

const projectedCache = new Map<string, Projected>();

/** Project Japan's coastline onto a `width` px wide box fitted to `extent` (Mercator). */
export function projectExtent(extent: Extent, width: number, scale: '10m' | '50m' = '10m', tolerance = 1): Projected {
  const key = JSON.stringify([extent, width, scale, tolerance]);
  const hit = projectedCache.get(key);
  if (hit) return hit;
  const box = extentPolygon(extent);
  const fit = geoMercator().fitWidth(width, box);
  const b = geoPath(fit).bounds(box);
  const height = Math.round(b[1][1] - b[0][1]);
  const projection = geoMercator()
    .fitSize([width, height], box)
    .clipExtent([
      [0, 0],
      [width, height]
    ]);
  const ctx = new ThinPath(tolerance);
  geoPath(projection, ctx as never)(japan(scale));
  const land = ctx.result();
  const out: Projected = {
    width,
    height,
    land,
    project: (lon, lat) => {
      const p = projection([lon, lat]);
      if (!p) throw new Error(`cannot project ${lon},${lat}`);
      return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
    }
  };
  projectedCache.set(key, out);
  return out;
}
