// Trunk post-build hook: moves Trunk's inline loader <script> into a file of its own, so that
// the page runs under `script-src 'self' 'wasm-unsafe-eval'` without 'unsafe-inline' or a hash
// that changes with every build. Runs in Trunk's staging directory (TRUNK_STAGING_DIR).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const index = join(dir, 'index.html');
const html = await readFile(index, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) throw new Error(`expected one inline module script, found ${scripts.length}`);
const code = scripts[0][1].trim() + '\n';
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dir, name), code);
await writeFile(index, html.replace(scripts[0][0], `<script type="module" src="./${name}"></script>`));
console.log(`csp-loader: inline loader moved to ${name}`);

// The shell script (public/shell.js, copied by Trunk as is) gets a content hash in its name too,
// so that a host may cache every file but index.html for good.
const shellFile = join(dir, 'shell.js');
const shell = await readFile(shellFile);
const shellName = `shell-${createHash('sha256').update(shell).digest('hex').slice(0, 16)}.js`;
const page = await readFile(index, 'utf8');
if (!page.includes('<script src="shell.js"></script>')) throw new Error('index.html does not load shell.js');
await writeFile(join(dir, shellName), shell);
await rm(shellFile);
// The wasm downloads at low priority, like the data (index.html): the stylesheet and the shell's
// script, which the first paint waits for, get the connection first.
const wasmPreload = /<link rel="preload" href="[^"]*_bg\.wasm"/;
if (!wasmPreload.test(page)) throw new Error('index.html has no preload for the wasm');
const staged = page
  .replace('<script src="shell.js"></script>', `<script src="./${shellName}"></script>`)
  .replace(wasmPreload, (link) => `${link} fetchpriority="low"`);
await writeFile(index, staged);
console.log(`csp-loader: shell.js named ${shellName}`);

