// End-to-end: host pages that size an embed by their own protocol, not by our snippet — an
// AMP-like page (`amp-iframe` reads only `embed-size`), a WordPress-like one (its `wp-embed`
// script pairs messages with iframes by a secret and clamps heights to 200–1000 px), and a page
// running Pym.js's own parent library (npm `pym.js`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve, launch, open, shots } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** A host page around `src`, with `listener` (a script body that sizes `frame`). */
const host = (src, listener, attributes = '') => `<!doctype html><html><body style="margin:0">
<p>Article text.</p><iframe src="${src}" ${attributes} style="border:0;width:100%;height:150px"></iframe><p>More text.</p>
<script>window.__messages = []; var frame = document.querySelector('iframe');
window.addEventListener('message', function (e) { if (e.source !== frame.contentWindow) return; window.__messages.push(e.data); ${listener} });</script>
</body></html>`;

const AMP = `if (e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') frame.style.height = e.data.height + 'px';`;
// As wp-embed.js does: letters and digits only, the iframe with that data-secret, 200–1000 px.
const WORDPRESS = `var d = e.data; if (!d || !d.secret || /[^a-zA-Z0-9]/.test(d.secret) || d.message !== 'height') return;
  if (frame.getAttribute('data-secret') !== d.secret) return;
  var v = Math.min(1000, Math.max(200, ~~d.value)); frame.style.height = v + 'px';`;

async function sized(width, page) {
  const frame = page.frameLocator('iframe');
  await frame.locator('.map .leg path.line').first().waitFor();
  await page.waitForTimeout(800);
  const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
  return { outer, inner, messages: await page.evaluate(() => window.__messages) };
}

test('an AMP-like host sizes the iframe from embed-size to the content, ±2 px, at 320 and 1280 px; no WordPress message is sent unasked', async () => {
  for (const width of [320, 1280]) {
    const { page, errors, close } = await open(browser, { width, height: 900 });
    try {
      const body = host(server.url + '?embed=1&lang=en', AMP);
      await page.route(server.url + 'amp.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
      await page.goto(server.url + 'amp.html');
      const { outer, inner, messages } = await sized(width, page);
      assert.ok(Math.abs(outer - inner) <= 2, `${width} px: iframe ${outer} px, content ${inner} px`);
      assert.ok(messages.some((m) => m['datawrapper-height']), 'Datawrapper\'s message is sent as well');
      assert.ok(!messages.some((m) => 'secret' in m), 'no WordPress message without its secret');
      if (width === 320) await page.screenshot({ path: join(shots, 'host-amp-320.png'), fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('a WordPress-like host sizes the iframe by its secret, clamped to 200–1000 px, and the secret stays out of the address', async () => {
  for (const width of [320, 1280]) {
    const { page, errors, close } = await open(browser, { width, height: 900 });
    try {
      const body = host(server.url + '?embed=1&lang=en#?secret=Ab12cd34EF', WORDPRESS, 'data-secret="Ab12cd34EF"');
      await page.route(server.url + 'wp.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
      await page.goto(server.url + 'wp.html');
      const { outer, inner, messages } = await sized(width, page);
      const expected = Math.min(1000, Math.max(200, Math.floor(inner)));
      assert.ok(Math.abs(outer - expected) <= 2, `${width} px: iframe ${outer} px, content ${inner} px, clamped ${expected}`);
      assert.ok(messages.some((m) => m.secret === 'Ab12cd34EF' && m.message === 'height'));
      await page.waitForTimeout(400);
      const address = await page.frames()[1].evaluate(() => location.href);
      assert.doesNotMatch(address, /secret/, 'the app writes its state back without the secret');
      assert.match(address, /embed=1/);
      if (width === 320) await page.screenshot({ path: join(shots, 'host-wordpress-320.png'), fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('a page with Pym.js\'s own parent library sizes its iframe from our Pym messages, with no notice about its parameters', async () => {
  const pym = await readFile(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
  for (const width of [320, 1280]) {
    const { page, errors, close } = await open(browser, { width, height: 900 });
    try {
      const body = `<!doctype html><html><body style="margin:0"><p>Article text.</p><div id="map"></div><p>More text.</p>
<script src="pym.v1.min.js"></script><script>window.__messages = [];
window.addEventListener('message', function (e) { window.__messages.push(e.data); });
new pym.Parent('map', ${JSON.stringify(server.url + '?embed=1&lang=en')}, {});</script></body></html>`;
      await page.route(server.url + 'pym.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
      await page.route(server.url + 'pym.v1.min.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: pym }));
      await page.goto(server.url + 'pym.html');
      const { outer, inner, messages } = await sized(width, page);
      assert.ok(Math.abs(outer - inner) <= 2, `${width} px: iframe ${outer} px, content ${inner} px`);
      assert.ok(messages.some((m) => typeof m === 'string' && /^pymxPYMxmapxPYMxheightxPYMx\d+$/.test(m)), messages.join(' '));
      const frame = page.frames()[1];
      assert.equal(await frame.locator('.address-notice').count(), 0, 'Pym\'s parameters are understood');
      await page.waitForTimeout(400);
      assert.doesNotMatch(await frame.evaluate(() => location.search), /childId|initialWidth|parentUrl/);
      if (width === 320) await page.screenshot({ path: join(shots, 'host-pym-320.png'), fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});
