// The benchmark's static server: the tests' server, compressing (brotli, else gzip) as a
// newsroom's host would, so that load figures are not those of an unrealistic raw server.
import { extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { serveDir as serveFiles } from '../tests/e2e/harness.mjs';

const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.geojson']);

/** Serves `root` on a free loopback port, compressed; each file is compressed once. */
export function serveDir(root) {
  const cache = new Map();
  const encode = (file, body, accept) => {
    if (!compressible.has(extname(file)) || !/\b(br|gzip)\b/.test(accept)) return null;
    const encoding = /\bbr\b/.test(accept) ? 'br' : 'gzip';
    const key = `${file}:${encoding}`;
    if (!cache.has(key)) {
      cache.set(key, encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }));
    }
    return { encoding, body: cache.get(key) };
  };
  return serveFiles(root, { headers: { 'cache-control': 'no-cache' }, encode });
}
