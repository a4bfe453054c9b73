// `./run bench`: builds (the shell script has run `trunk build --release`), serves, measures the
// app and its MapLibre reference the same way, and prints one table: metric, ours, reference,
// ratio, budget, pass/fail. Writes it to target/bench/report.md and report.json.
// BENCH_LIGHTHOUSE_RUNS (default 5) sets the Lighthouse runs per app.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { appFiles, sizes } from './sizes.mjs';
import { buildReference } from './reference/build.mjs';
import { buildFloor } from './floor.mjs';
import { serveDir } from './serve.mjs';
import { measure, sceneWith } from './browser.mjs';
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

log('floor build (the required crates alone)');
const floorSizes = await buildFloor(root, out);

log('sizes');
const ourSizes = await sizes(dist, await appFiles(dist));
const refSizes = await sizes(refDir, refFiles);
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
const ourBrowser = await measure('ours', ours.url + '?lang=en');
const refBrowser = await measure('reference', ref.url);
// The median of three loads: one load's scene build varies by ±15 % on this machine.
const bigRuns = [];
for (let i = 0; i < 3; i++) bigRuns.push(await sceneWith(ours.url + '?lang=en', synthetics[100_000]));
const big = { scene: [...bigRuns.map((r) => r.scene)].sort((a, b) => a - b)[1] };

log(`Lighthouse, ${runs} runs each`);
const ourLh = await lighthouseMedian(ours.url + '?lang=en', runs);
const refLh = await lighthouseMedian(ref.url, runs);
ours.close();
ref.close();

const kb = (b) => b / 1000;
const rows = [
  ['first render, brotli (KB)', kb(ourSizes.total.br), kb(refSizes.total.br), '≤ 90', (v) => v <= 90],
  ['first render, gzip (KB)', kb(ourSizes.total.gzip), kb(refSizes.total.gzip), '', null],
  ['first render, raw (KB)', kb(ourSizes.total.raw), kb(refSizes.total.raw), '', null],
  ['engine, brotli (KB): our wasm / maplibre-gl.js', kb(wasm.br), kb(engine.br), '≤ 70', (v) => v <= 70],
  ['floor build (required crates only): wasm, brotli (KB)', kb(floorWasm.br), null, '≤ 70', (v) => v <= 70],
  ['floor build: first render with our page, CSS and data, brotli (KB)', kb(floorFirst), null, '≤ 90', (v) => v <= 90],
  ['Lighthouse mobile performance score', ourLh.score, refLh.score, '≥ 98', (v) => v >= 98],
  ['Lighthouse FCP (ms)', ourLh.fcp, refLh.fcp, '', null],
  ['Lighthouse LCP (ms)', ourLh.lcp, refLh.lcp, '≤ 1000', (v) => v <= 1000],
  ['Lighthouse TBT (ms)', ourLh.tbt, refLh.tbt, '≤ 50', (v) => v <= 50],
  ['Lighthouse CLS', ourLh.cls, refLh.cls, '0', (v) => v === 0],
  ['navigation → map drawn (ms, median of 5)', ourBrowser.load, refBrowser.load, '', null],
  ['select a route: repaint work, p50 (ms, 100×)', ourBrowser.select.p50, refBrowser.select.p50, '', null],
  ['select a route: repaint work, p95 (ms, 100×)', ourBrowser.select.p95, refBrowser.select.p95, '≤ 8', (v) => v <= 8],
  ['select a route → frame painted, p95 (ms, incl. the wait for the display)', ourBrowser.selectLatency.p95, refBrowser.selectLatency.p95, '', null],
  ['pan 2 s: frame work p50 (ms)', ourBrowser.pan.work.p50, refBrowser.pan.work.p50, '', null],
  ['pan 2 s: frame work p95 (ms)', ourBrowser.pan.work.p95, refBrowser.pan.work.p95, '≤ 16', (v) => v <= 16],
  ['pan 2 s: frame interval p95 (ms; 16.7 = no frame dropped)', ourBrowser.pan.p95, refBrowser.pan.p95, '', null],
  ['zoom 2 s: frame work p50 (ms)', ourBrowser.zoom.work.p50, refBrowser.zoom.work.p50, '', null],
  ['zoom 2 s: frame work p95 (ms)', ourBrowser.zoom.work.p95, refBrowser.zoom.work.p95, '≤ 16', (v) => v <= 16],
  ['zoom 2 s: frame interval p95 (ms; 16.7 = no frame dropped)', ourBrowser.zoom.p95, refBrowser.zoom.p95, '', null],
  [`shipped data → paths, native (ms; ${nativeShipped.vertices} vertices)`, nativeShipped.total_ms, null, '≤ 5', (v) => v <= 5],
  [`10k synthetic → paths, native (ms; ${native10k.vertices} vertices)`, native10k.total_ms, null, '', null],
  [`100k synthetic → paths, native (ms; ${native100k.vertices} vertices)`, native100k.total_ms, null, '', null],
  ['100k synthetic: scene in the browser (ms, User Timing, median of 3 loads)', big.scene, null, '≤ 50', (v) => v <= 50],
];
const fmt = (v) => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1));
const table = rows.map(([metric, o, r, budget, ok]) => ({
  metric, ours: fmt(o), reference: fmt(r), ratio: r ? (o / r).toFixed(2) : '–', budget: budget || '–',
  result: ok ? (ok(o) ? 'pass' : 'FAIL') : '–',
}));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}`;
const date = new Date().toISOString().slice(0, 10);
const md = [
  `Benchmark of ${date} on ${machine}. Lighthouse: median of ${runs}; browser timings headless, no GPU.`,
  `Scaling: 100k vertices take ${(native100k.total_ms / native10k.total_ms).toFixed(1)}× the time of 10k natively (linear: 10×).`,
  '',
  '| metric | ours | reference | ratio | budget | result |',
  '|---|---|---|---|---|---|',
  ...table.map((r) => `| ${r.metric} | ${r.ours} | ${r.reference} | ${r.ratio} | ${r.budget} | ${r.result} |`),
  '',
  '| first-render file (ours) | raw | gzip | brotli |',
  '|---|---|---|---|',
  ...ourSizes.rows.map((r) => `| ${r.file.replace(/-[0-9a-f]{16}/, '-…')} | ${r.raw} | ${r.gzip} | ${r.br} |`),
  '',
  '| floor build file | raw | gzip | brotli |',
  '|---|---|---|---|',
  ...floorSizes.rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.br} |`),
  '',
  '| first-render file (reference) | raw | gzip | brotli |',
  '|---|---|---|---|',
  ...refSizes.rows.map((r) => `| ${r.file} | ${r.raw} | ${r.gzip} | ${r.br} |`),
].join('\n');
await writeFile(join(out, 'report.md'), md + '\n');
await writeFile(join(out, 'report.json'), JSON.stringify({ date, machine, table, ourSizes, refSizes, floorSizes, ourLh, refLh, ourBrowser, refBrowser, native: { nativeShipped, native10k, native100k }, big }, null, 2));
console.log(md);
console.log(`\n(written to ${join('target', 'bench', 'report.md')})`);
