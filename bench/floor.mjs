// The floor build (bench/floor): the required crates alone, built as the app is built — same
// release profile, same wasm-bindgen, same wasm-opt settings (read from index.html) — to show
// how much of the byte budgets those crates take before any of the app's own code.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sizes } from './sizes.mjs';

/** Builds the floor app into `out` and returns the sizes of its wasm and JS glue. */
export async function buildFloor(root, out) {
  const crate = join(root, 'bench', 'floor');
  const target = join(out, 'floor-target');
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: crate, stdio: ['ignore', 'ignore', 'inherit'] });
  run('cargo', ['build', '--release', '--locked', '--offline', '--target', 'wasm32-unknown-unknown', '--target-dir', target]);
  const dir = join(out, 'floor');
  run('wasm-bindgen', ['--target', 'web', '--out-dir', dir, join(target, 'wasm32-unknown-unknown', 'release', 'floor.wasm')]);
  const index = await readFile(join(root, 'index.html'), 'utf8');
  const level = index.match(/data-wasm-opt="(\w+)"/)?.[1];
  const params = index.match(/data-wasm-opt-params="([^"]*)"/)?.[1];
  if (!level || params === undefined) throw new Error('bench/floor: index.html has no data-wasm-opt settings to copy');
  const wasm = join(dir, 'floor_bg.wasm');
  run('wasm-opt', [`-O${level}`, ...params.split(/\s+/).filter(Boolean), wasm, '-o', wasm]);
  return sizes(dir, ['floor_bg.wasm', 'floor.js']);
}
