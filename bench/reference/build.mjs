// Builds the reference app into target/bench/reference/: MapLibre from npm, the page above,
// the dataset as it is, and the basemap converted from its delta-encoded lines to GeoJSON.
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decode } from './decode.mjs';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');

export async function buildReference(out) {
  await mkdir(join(out, 'data'), { recursive: true });
  const maplibre = join(here, '..', 'node_modules', 'maplibre-gl', 'dist');
  await copyFile(join(maplibre, 'maplibre-gl.js'), join(out, 'maplibre-gl.js'));
  await copyFile(join(maplibre, 'maplibre-gl.css'), join(out, 'maplibre-gl.css'));
  for (const f of ['index.html', 'main.js', 'reference.css']) await copyFile(join(here, f), join(out, f));
  await copyFile(join(root, 'data', 'corridors.geojson'), join(out, 'data', 'corridors.geojson'));
  const basemap = JSON.parse(await readFile(join(root, 'data', 'basemap.json'), 'utf8'));
  const collection = (features) => JSON.stringify({ type: 'FeatureCollection', features });
  const land = basemap.land.map((ring) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [decode(ring, basemap.scale)] } }));
  const borders = basemap.borders.map((line) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: decode(line, basemap.scale) } }));
  await writeFile(join(out, 'land.geojson'), collection(land));
  await writeFile(join(out, 'borders.geojson'), collection(borders));
  return ['index.html', 'maplibre-gl.js', 'maplibre-gl.css', 'reference.css', 'main.js',
    'data/corridors.geojson', 'land.geojson', 'borders.geojson'];
}
