// Shared by the end-to-end tests: a static server for the release build in dist/, and headless
// Debian Chromium driven by playwright-core (never a downloaded browser).
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url).pathname;
export const dist = join(root, 'dist');
export const shots = join(root, 'target', 'e2e-screenshots');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/geo+json', '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * The Content-Security-Policy the README asks hosts to send: the one `./run publish` wrote for
 * the built pages (it allows their inline script and stylesheets by hash).
 */
export const csp = () => readFileSync(join(dist, 'content-security-policy.txt'), 'utf8').trim();

/** Serves dist/ on a free loopback port, with `headers` on every answer. */
export const serve = (headers = {}, options = {}) => serveDir(dist, { headers, ...options });

/**
 * Serves `root` on a free loopback port. `encode(file, body, acceptEncoding)` may return
 * `{ encoding, body }` to send the body compressed; `tls` (`{ key, cert }`) serves HTTPS with
 * HTTP/2 (the benchmark does both, as a real host would). `intercept(path, res)` may answer a
 * request itself (a server that stalls, say) and return true.
 */
export async function serveDir(root, { headers = {}, encode = () => null, tls = null, intercept = () => false } = {}) {
  const handle = async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (intercept(path, res)) return;
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = await readFile(file);
      const encoded = encode(file, body, req.headers['accept-encoding'] ?? '');
      const type = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      res.writeHead(200, { ...headers, ...type, ...(encoded ? { 'content-encoding': encoded.encoding } : {}) });
      res.end(encoded ? encoded.body : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const scheme = tls ? 'https' : 'http';
  return { url: `${scheme}://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Debian's Chromium, headless, as root (hence --no-sandbox), with no background traffic. */
export async function launch() {
  await mkdir(shots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens a page that fails the test on any uncaught error in the page; `options` go to the
 * browser context (`reducedMotion: 'reduce'`, say). */
export async function open(browser, viewport = { width: 1280, height: 800 }, options = {}) {
  const context = await browser.newContext({ viewport, locale: 'de-DE', ...options });
  const page = await context.newPage();
  // A step that cannot happen fails within 10 s, naming the step, instead of hanging the run.
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}

/**
 * Waits until the app has taken over the page's static first screen (which has maps, legs and
 * names too, drawn by ./run publish): what a test of the app's own map must wait for.
 */
export const appReady = (page) => page.locator('#shell').waitFor({ state: 'detached' });

/**
 * Text as a reader reads it: the page sets a number and its unit with a no-break space
 * (src/typeset.rs), which the dataset, as its editor typed it, has as a plain one.
 */
export const asRead = (text) => text.replace(/\u00a0/g, ' ');

export const readDataset = () => readFile(join(dist, 'data', 'corridors.geojson'), 'utf8');

/** Holds every request for the program's wasm until the returned `release()`: the first screen alone. */
export async function holdProgram(page) {
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route('**/*_bg.wasm', async (route) => { await gate; await route.continue(); });
  return () => release();
}

/** Records the page's layout shifts not caused by input, from its first paint; read with `shifts(page)`. */
export const recordShifts = (page) => page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__shifts.push(e.value); }))
    .observe({ type: 'layout-shift', buffered: true });
});
export const shifts = (page) => page.evaluate(() => window.__shifts);
