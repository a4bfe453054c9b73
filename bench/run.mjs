// `./run bench`: builds (the shell script has run `trunk build --release`), serves, measures the
// app and two references the same way — the same map as a hand-written d3-geo page and in
// MapLibre GL JS — and a bare HTML page with the same heading (the floor of what Lighthouse can
// measure), and prints one table: metric, ours, d3, MapLibre, ratios, budget, pass/fail.
// Writes it to target/bench/report.md and report.json.
// BENCH_LIGHTHOUSE_RUNS (default 5) sets the Lighthouse runs per page.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { appFiles, firstScreenFiles, sizes } from './sizes.mjs';
import { buildReference } from './reference/build.mjs';
import { buildD3 } from './reference/d3/build.mjs';
import { buildFloor } from './floor.mjs';
import { serveDir } from './serve.mjs';
import { LOADS, loads, measure, sceneWith } from './browser.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
import { synthetic } from './synthetic.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'target', 'bench');
const dist = join(root, 'dist');
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const log = (msg) => console.error(`bench: ${msg}`);
await mkdir(out, { recursive: true });

log('reference build (MapLibre GL JS from npm)');
const refDir = join(out, 'reference');
const refFiles = await buildReference(refDir);

log('d3-geo reference page (d3-geo from npm, bundled with esbuild-wasm)');
const d3Dir = join(out, 'd3');
const d3Files = await buildD3(d3Dir);

log('bare HTML page: the same heading, nothing else');
const bareDir = join(out, 'bare');
await mkdir(bareDir, { recursive: true });
await writeFile(join(bareDir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8" />' +
  '<meta name="viewport" content="width=device-width, initial-scale=1" /><title>Floor</title></head>' +
  '<body><h1>Freight corridors between China and Europe</h1></body></html>\n');

log('floor build (the required crates alone)');
const floorSizes = await buildFloor(root, out);

log('sizes');
const ourSizes = await sizes(dist, await appFiles(dist));
const ourFirst = await sizes(dist, await firstScreenFiles(dist));
const refSizes = await sizes(refDir, refFiles);
const d3Sizes = await sizes(d3Dir, d3Files);
const wasm = ourSizes.rows.find((r) => r.file.endsWith('.wasm'));
const engine = refSizes.rows.find((r) => r.file === 'maplibre-gl.js');
const floorWasm = floorSizes.rows.find((r) => r.file.endsWith('.wasm'));
// The floor's first render: its wasm and glue in place of ours, with our page, stylesheet,
// shell script and data — what the budget leaves room for before any of the app's code.
const program = (r) => /^corridor-explorer-.*\.(js|wasm)$/.test(r.file);
const floorFirst = floorSizes.total.br + ourSizes.rows.filter((r) => !program(r)).reduce((t, r) => t + r.br, 0);

log('native timings (release)');
const native = (file) => {
  const args = ['run', '--quiet', '--release', '--locked', '--example', 'scene_timing', ...(file ? ['--', file] : [])];
  const lines = execFileSync('cargo', args, { cwd: root, encoding: 'utf8' }).trim().split('\n');
  return JSON.parse(lines.at(-1));
};
const shippedText = await readFile(join(root, 'data', 'corridors.geojson'), 'utf8');
const synthetics = {};
for (const n of [10_000, 100_000]) {
  const file = join(out, `synthetic-${n}.geojson`);
  synthetics[n] = synthetic(shippedText, n);
  await writeFile(file, synthetics[n]);
}
const nativeShipped = native();
const native10k = native(join(out, 'synthetic-10000.geojson'));
const native100k = native(join(out, 'synthetic-100000.geojson'));

log('browser timings');
const ours = await serveDir(dist);
const ref = await serveDir(refDir);
const d3 = await serveDir(d3Dir);
const bare = await serveDir(bareDir);
const [ourLoads, d3Loads, refLoads] = await loads([['ours', ours.url + '?lang=en'], ['d3', d3.url], ['reference', ref.url]]);
const ourBrowser = await measure('ours', ours.url + '?lang=en');
const d3Browser = await measure('d3', d3.url);
const refBrowser = await measure('reference', ref.url);
// The median of three loads: one load's scene build varies by ±15 % on this machine.
const bigRuns = [];
for (let i = 0; i < 3; i++) bigRuns.push(await sceneWith(ours.url + '?lang=en', synthetics[100_000]));
const big = { scene: [...bigRuns.map((r) => r.scene)].sort((a, b) => a - b)[1] };

log(`Lighthouse, ${runs} runs each`);
const ourLh = await lighthouseMedian(ours.url + '?lang=en', runs);
const d3Lh = await lighthouseMedian(d3.url, runs);
const refLh = await lighthouseMedian(ref.url, runs);
const bareLh = await lighthouseMedian(bare.url, runs);
for (const server of [ours, ref, d3, bare]) server.close();

const kb = (b) => b / 1000;
// [metric, ours, d3 page, MapLibre, budget, test of ours]
const rows = [
  ['first screen: bytes before the map is on screen, brotli (KB)', kb(ourFirst.total.br), kb(d3Sizes.total.br), kb(refSizes.total.br), '≤ 50', (v) => v <= 50],
  ['until interactive: every byte, brotli (KB)', kb(ourSizes.total.br), kb(d3Sizes.total.br), kb(refSizes.total.br), '≤ 260', (v) => v <= 260],
  ['until interactive, gzip (KB)', kb(ourSizes.total.gzip), kb(d3Sizes.total.gzip), kb(refSizes.total.gzip), '', null],
  ['until interactive, raw (KB)', kb(ourSizes.total.raw), kb(d3Sizes.total.raw), kb(refSizes.total.raw), '', null],
  ['engine, brotli (KB): our wasm / d3 bundle / maplibre-gl.js', kb(wasm.br), kb(d3Sizes.rows.find((r) => r.file === 'main.min.js').br), kb(engine.br), '≤ 70', (v) => v <= 70],
  ['floor build (required crates only): wasm, brotli (KB)', kb(floorWasm.br), null, null, '≤ 70', (v) => v <= 70],
  ['floor build: first render with our page, CSS and data, brotli (KB)', kb(floorFirst), null, null, '≤ 90', (v) => v <= 90],
  [`navigation → map on screen, 390 px (ms, median of ${LOADS}, taking turns)`, ourLoads[390].onScreen, d3Loads[390].onScreen, refLoads[390].onScreen, '< d3', (v) => v < d3Loads[390].onScreen],
  [`navigation → map on screen, 1280 px (ms, median of ${LOADS}, taking turns)`, ourLoads[1280].onScreen, d3Loads[1280].onScreen, refLoads[1280].onScreen, '< d3', (v) => v < d3Loads[1280].onScreen],
  ['navigation → interactive (program took over), 390 px (ms)', ourLoads[390].interactive, null, null, '', null],
  ['navigation → interactive (program took over), 1280 px (ms)', ourLoads[1280].interactive, null, null, '', null],
  ['Lighthouse mobile performance score', ourLh.score, d3Lh.score, refLh.score, '≥ 98', (v) => v >= 98],
  ['Lighthouse FCP (ms)', ourLh.fcp, d3Lh.fcp, refLh.fcp, '', null],
  [`Lighthouse LCP (ms); bare HTML page with the heading: ${bareLh.lcp.toFixed(0)}`, ourLh.lcp, d3Lh.lcp, refLh.lcp, `≤ ${(bareLh.lcp + 100).toFixed(0)} (floor + 100)`, (v) => v <= bareLh.lcp + 100],
  ['Lighthouse TBT (ms)', ourLh.tbt, d3Lh.tbt, refLh.tbt, '≤ 50', (v) => v <= 50],
  ['Lighthouse CLS', ourLh.cls, d3Lh.cls, refLh.cls, '0', (v) => v === 0],
  ['select a route: repaint work, p50 (ms, 100×)', ourBrowser.select.p50, d3Browser.select.p50, refBrowser.select.p50, '', null],
  ['select a route: repaint work, p95 (ms, 100×)', ourBrowser.select.p95, d3Browser.select.p95, refBrowser.select.p95, '≤ 8', (v) => v <= 8],
  ['select a route → frame painted, p95 (ms, incl. the wait for the display)', ourBrowser.selectLatency.p95, d3Browser.selectLatency.p95, refBrowser.selectLatency.p95, '', null],
  ['pan 2 s: frame work p50 (ms)', ourBrowser.pan.work.p50, null, refBrowser.pan.work.p50, '', null],
  ['pan 2 s: frame work p95 (ms)', ourBrowser.pan.work.p95, null, refBrowser.pan.work.p95, '≤ 16', (v) => v <= 16],
  ['pan 2 s: frame interval p95 (ms; 16.7 = no frame dropped)', ourBrowser.pan.p95, null, refBrowser.pan.p95, '', null],
  ['zoom 2 s: frame work p50 (ms)', ourBrowser.zoom.work.p50, null, refBrowser.zoom.work.p50, '', null],
  ['zoom 2 s: frame work p95 (ms)', ourBrowser.zoom.work.p95, null, refBrowser.zoom.work.p95, '≤ 16', (v) => v <= 16],
  ['zoom 2 s: frame interval p95 (ms; 16.7 = no frame dropped)', ourBrowser.zoom.p95, null, refBrowser.zoom.p95, '', null],
  ['journey race 4 s: frame work p50 (ms)', ourBrowser.race.work.p50, null, null, '', null],
  ['journey race 4 s: frame work p95 (ms)', ourBrowser.race.work.p95, null, null, '≤ 8', (v) => v <= 8],
  ['journey race 4 s: frame interval p95 (ms; 16.7 = no frame dropped)', ourBrowser.race.p95, null, null, '', null],
  [`shipped data → paths, native (ms; ${nativeShipped.vertices} vertices)`, nativeShipped.total_ms, null, null, '≤ 5', (v) => v <= 5],
  [`10k synthetic → paths, native (ms; ${native10k.vertices} vertices)`, native10k.total_ms, null, null, '', null],
  [`100k synthetic → paths, native (ms; ${native100k.vertices} vertices)`, native100k.total_ms, null, null, '', null],
  ['100k synthetic: scene in the browser (ms, User Timing, median of 3 loads)', big.scene, null, null, '≤ 50', (v) => v <= 50],
];
const fmt = (v) => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1));
const ratio = (o, r) => (r && o !== null && o !== undefined ? (o / r).toFixed(2) : '–');
const table = rows.map(([metric, o, d, r, budget, ok]) => ({
  metric, ours: fmt(o), d3: fmt(d), maplibre: fmt(r), vsD3: ratio(o, d), vsMaplibre: ratio(o, r), budget: budget || '–',
  result: ok ? (ok(o) ? 'pass' : 'FAIL') : '–',
}));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}`;
const date = new Date().toISOString().slice(0, 10);
const md = [
  `Benchmark of ${date} on ${machine}. Lighthouse: median of ${runs}; browser timings headless, no GPU.`,
  `Scaling: 100k vertices take ${(native100k.total_ms / native10k.total_ms).toFixed(1)}× the time of 10k natively (linear: 10×).`,
  '',
  '| metric | ours | d3-geo page | MapLibre | ours / d3 | ours / MapLibre | budget | result |',
  '|---|---|---|---|---|---|---|---|',
  ...table.map((r) => `| ${r.metric} | ${r.ours} | ${r.d3} | ${r.maplibre} | ${r.vsD3} | ${r.vsMaplibre} | ${r.budget} | ${r.result} |`),
  '',
  '| file until interactive (ours; the first screen: page, CSS, shell) | raw | gzip | brotli |',
  '|---|---|---|---|',
  ...ourSizes.rows.map((r) => `| ${r.file.replace(/-[0-9a-f]{16}/, '-…')} | ${r.raw} | ${r.gzip} | ${r.br} |`),
  '',
  '| floor build file | raw | gzip | brotli |',
  '|---|---|---|---|',
  ...floorSizes.rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.br} |`),
  '',
  '| file (d3-geo page) | raw | gzip | brotli |',
  '|---|---|---|---|',
  ...d3Sizes.rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.br} |`),
  '',
  '| file (MapLibre page) | raw | gzip | brotli |',
  '|---|---|---|---|',
  ...refSizes.rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.br} |`),
].join('\n');
await writeFile(join(out, 'report.md'), md + '\n');
await writeFile(join(out, 'report.json'), JSON.stringify({ date, machine, table, ourSizes, ourFirst, d3Sizes, refSizes, floorSizes, ourLh, d3Lh, refLh, bareLh, ourLoads, d3Loads, refLoads, ourBrowser, d3Browser, refBrowser, native: { nativeShipped, native10k, native100k }, big }, null, 2));
console.log(md);
console.log(`\n(written to ${join('target', 'bench', 'report.md')})`);
