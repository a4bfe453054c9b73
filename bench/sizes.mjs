// Bytes of every asset of the first render, raw, gzip (level 9) and brotli (quality 11).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function compressed(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of `files` (paths relative to `root`), each and in total. */
export async function sizes(root, files) {
  const rows = [];
  for (const file of files) rows.push({ file, ...compressed(await readFile(join(root, file))) });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
  return { rows, total };
}

/**
 * What the page's first screen needs at `layout`: the page (with its stylesheets and script
 * inline) and the map file its script puts in place.
 */
export async function firstScreenFiles(dist, story = 'corridors', layout = 'desktop') {
  const maps = (await readdir(join(dist, 'maps'))).filter((n) => n.startsWith(`${story}-${layout}-`)).map((n) => `maps/${n}`);
  return ['index.html', ...maps];
}

/** Everything until the app is interactive: the first screen, the JS glue, the wasm, both data files. */
export async function appFiles(dist) {
  const names = await readdir(dist);
  const pick = (re) => names.filter((n) => re.test(n));
  return [...(await firstScreenFiles(dist)), ...pick(/^corridor-explorer-[0-9a-f]+\.js$/),
    ...pick(/_bg\.wasm$/), 'data/corridors.geojson', 'data/basemap.json'];
}
