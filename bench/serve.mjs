// The benchmark's static server: the tests' server over HTTPS with HTTP/2, compressing (brotli,
// else gzip), as a newsroom's host or CDN serves pages — so that load figures are not those of
// an unrealistic raw server. Over plain HTTP/1.1, Lighthouse's simulation opens a new connection
// (two round trips on its slow 4G) for each file requested in parallel with another, which
// HTTP/2 does not need: the page's stylesheet and shell script then cost one round trip, not two.
// The certificate is made here, for 127.0.0.1, by Debian's openssl; the browsers are told to
// accept it (`ignoreHTTPSErrors`, `--ignore-certificate-errors`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { serveDir as serveFiles } from '../tests/e2e/harness.mjs';

const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.geojson', '.svg']);

/** A self-signed certificate for 127.0.0.1 in `dir`, made once. */
function certificate(dir) {
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
      '-days', '365', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Serves `root` on a free loopback port over HTTPS and HTTP/2, compressed; each file is compressed once. */
export function serveDir(root) {
  const tls = certificate(new URL('../target/bench/tls', import.meta.url).pathname);
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
  return serveFiles(root, { headers: { 'cache-control': 'no-cache' }, encode, tls });
}
