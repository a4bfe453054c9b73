// Builds the d3-geo reference page into target/bench/d3/: main.js bundled and minified with
// esbuild (its wasm build, from npm: no native binary), the page, its stylesheet, and the
// same dataset and basemap files as ours, untouched.
import { mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild-wasm';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..', '..');

export async function buildD3(out) {
  await mkdir(join(out, 'data'), { recursive: true });
  await build({
    entryPoints: [join(here, 'main.js')], bundle: true, minify: true, format: 'iife', target: 'es2020',
    outfile: join(out, 'main.min.js'), nodePaths: [join(here, '..', '..', 'node_modules')], logLevel: 'warning',
  });
  for (const f of ['index.html', 'd3.css']) await copyFile(join(here, f), join(out, f));
  for (const f of ['corridors.geojson', 'basemap.json']) await copyFile(join(root, 'data', f), join(out, 'data', f));
  return ['index.html', 'd3.css', 'main.min.js', 'data/corridors.geojson', 'data/basemap.json'];
}
