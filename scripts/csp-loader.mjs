// Trunk post-build hook, run in Trunk's staging directory (TRUNK_STAGING_DIR):
// - removes Trunk's inline loader <script> and its preloads of the JS glue and the wasm: the
//   page shell's script (public/shell.js) starts the app after the shell's first paint instead,
//   so the first paint waits for nothing but the page itself;
// - minifies wasm-bindgen's JS glue, which Trunk's own minification leaves as it is (terser,
//   from npm: 57 KB → 26 KB raw, 8.0 → 6.3 KB brotli), and gives it its new integrity;
// - writes the glue's and the wasm's names and integrity into shell.js (its APP object);
// - puts shell.js and the stylesheet into the page, as one inline <script> and one <style>:
//   what the first paint needs then comes with the page, not one round trip after it (on
//   Lighthouse's slow 4G that round trip was 150 ms of the first paint). `./run publish` then
//   writes the page's Content-Security-Policy with these elements' hashes (src/publish/csp.rs),
//   so the page still runs without 'unsafe-inline'. The stylesheet file stays beside the page,
//   for the published images.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';
import { transform } from 'esbuild-wasm';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const index = join(dir, 'index.html');
let html = await readFile(index, 'utf8');

/** The one match of `pattern` in index.html, or a build error that says what is missing. */
function one(pattern, what) {
  const found = [...html.matchAll(new RegExp(pattern, 'g'))];
  if (found.length !== 1) throw new Error(`csp-loader: expected one ${what} in index.html, found ${found.length}`);
  return found[0];
}

const loader = one('<script type="module">([\\s\\S]*?)</script>', "inline module script (Trunk's loader)");
const glue = one('<link rel="modulepreload" href="([^"]+\\.js)"[^>]*?integrity="([^"]+)"[^>]*>', 'modulepreload of the JS glue');
const wasm = one('<link rel="preload" href="([^"]+_bg\\.wasm)"[^>]*?integrity="([^"]+)"[^>]*>', 'preload of the wasm');
if (!loader[1].includes(glue[1]) || !loader[1].includes(wasm[1])) {
  throw new Error("csp-loader: Trunk's loader does not load the preloaded glue and wasm");
}
for (const element of [loader[0], glue[0], wasm[0]]) html = html.replace(element, '');

// The glue keeps its name (Trunk's hash of what it built), its content is minified: its
// exports, which shell.js imports, are kept by terser's module mode.
const glueFile = join(dir, glue[1]);
const glueCode = (await minify(await readFile(glueFile, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 } })).code;
if (!glueCode?.includes('export')) throw new Error('csp-loader: the minified glue has no exports');
await writeFile(glueFile, glueCode);
const glueIntegrity = `sha384-${createHash('sha384').update(glueCode).digest('base64')}`;

const app = { glue: glue[1], wasm: wasm[1], glueIntegrity, wasmIntegrity: wasm[2] };
const shellFile = join(dir, 'shell.js');
const template = await readFile(shellFile, 'utf8');
const placeholder = /\/\* APP \*\/ \{[^}]*\}/;
if (!placeholder.test(template)) throw new Error('csp-loader: shell.js has no /* APP */ object to fill in');
const shell = template.replace(placeholder, JSON.stringify(app));
if (!html.includes('<script src="shell.js"></script>')) throw new Error('csp-loader: index.html does not load shell.js');
const sheet = one('<link rel="stylesheet" href="\\./(style-[0-9a-f]+\\.css)"[^>]*>', "the stylesheet's link");
// Minified as they go into the page: their comments are for the reader of the source (the
// stylesheet 7.6 → 5.2 KB brotli, the script 2.3 → 1.1 KB). esbuild's default target lowers
// nothing, so light-dark() and container queries stay as written.
const css = (await transform(await readFile(join(dir, sheet[1]), 'utf8'), { loader: 'css', minify: true })).code.trim();
const script = (await minify(shell, { compress: { passes: 2 } })).code;
if (!script) throw new Error('csp-loader: shell.js did not minify');
// Either would end its element early in the page.
if (/<\/script/i.test(script)) throw new Error('csp-loader: shell.js must not contain </script>');
if (/<\/style/i.test(css)) throw new Error('csp-loader: the stylesheet must not contain </style>');
await rm(shellFile);
html = html.replace('<script src="shell.js"></script>', () => `<script>${script}</script>`);
html = html.replace(sheet[0], () => `<style>${css}</style>`);
await writeFile(index, html);
console.log(`csp-loader: Trunk's loader removed; shell.js (starting ${app.glue}) and ${sheet[1]} put into the page`);
