// The benchmark's static server: like a newsroom's host, it compresses (brotli, else gzip) and
// lets the browser cache, so that load figures are not those of an unrealistic raw server.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/geo+json',
};
const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.geojson']);

/** Serves `root` on a free loopback port. */
export async function serveDir(root) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      const accept = req.headers['accept-encoding'] ?? '';
      if (compressible.has(extname(file)) && /\b(br|gzip)\b/.test(accept)) {
        const br = /\bbr\b/.test(accept);
        const key = `${file}:${br}`;
        if (!cache.has(key)) {
          cache.set(key, br
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        headers['content-encoding'] = br ? 'br' : 'gzip';
        res.writeHead(200, headers);
        res.end(cache.get(key));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
