// End-to-end: the release build in headless Chromium, as a reader sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, asRead } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('loads the dataset and shows its places and legs', async () => {
  const { page, errors, close } = await open(browser);
  await page.goto(server.url + '?lang=en');
  const legs = page.getByRole('table', { name: 'Route legs in the dataset' });
  await legs.waitFor();
  await assert.doesNotReject(page.getByRole('rowheader', { name: 'Aktau – Alat / Baku' }).waitFor());
  assert.equal(await page.getByRole('rowheader', { name: 'Frankfurt', exact: true }).count(), 1);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.screenshot({ path: join(shots, 'tables-desktop-en.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await close();
});

test('German is the default for a German browser, and the switch changes language', async () => {
  const { page, close } = await open(browser, { width: 390, height: 844 });
  await page.goto(server.url);
  await page.getByRole('table', { name: 'Streckenabschnitte im Datensatz' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  await page.screenshot({ path: join(shots, 'tables-phone-de.png') });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('table', { name: 'Route legs in the dataset' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await close();
});

test('a missing data file shows the HTTP status and a retry button that recovers', async () => {
  const { page, errors, close } = await open(browser);
  let fail = true;
  await page.route('**/data/corridors.geojson', (route) =>
    fail ? route.fulfill({ status: 404, body: 'not found' }) : route.continue());
  await page.goto(server.url + '?lang=en');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = asRead(await alert.innerText());
  assert.match(text, /The data could not be loaded/);
  assert.match(text, /data\/corridors\.geojson: the server answered HTTP 404/);
  await page.screenshot({ path: join(shots, 'error-404-en.png') });
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('table', { name: 'Route legs in the dataset' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test('a file that is not JSON names the line and column', async () => {
  const { page, close } = await open(browser);
  const dataset = await readDataset();
  const broken = dataset.replace('"features": [', '"features": [,');
  const line = dataset.slice(0, dataset.indexOf('"features": [')).split('\n').length;
  await page.route('**/data/corridors.geojson', (route) => route.fulfill({ status: 200, body: broken }));
  await page.goto(server.url + '?lang=en');
  const text = await page.getByRole('alert').innerText();
  assert.match(text, new RegExp(`Not valid JSON: line ${line}, column \\d+`));
  await close();
});

test('a broken feature is named in the message', async () => {
  const { page, close } = await open(browser);
  const broken = (await readDataset()).replace('"from": "aktau", "to": "alat"', '"from": "aktau", "to": "atlantis"');
  await page.route('**/data/corridors.geojson', (route) => route.fulfill({ status: 200, body: broken }));
  await page.goto(server.url + '?lang=de');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = asRead(await alert.innerText());
  assert.match(text, /Die Datei enthält Fehler/);
  assert.match(text, /Feature „aktau-alat“ \(#\d+\), Feld „to“: „atlantis“ ist kein Ort/);
  await page.screenshot({ path: join(shots, 'error-invalid-de.png') });
  await close();
});

test('if the program (wasm) cannot be loaded, the page shell says so in its language instead of loading for ever', async () => {
  for (const [query, text] of [['?lang=en', 'The map could not start'], ['', 'Die Karte konnte nicht starten']]) {
    const { page, close } = await open(browser, { width: 390, height: 844 });
    await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(server.url + query);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(asRead(await alert.innerText()), new RegExp(`^${text}: .*WebAssembly`), query);
    assert.equal(await page.getByRole('status').isVisible(), false, `${query}: still "loading"`);
    if (!query) await page.screenshot({ path: join(shots, 'start-failed-de.png') });
    await close();
  }
});

test('a download that stalls shows its error with Retry within 15 s, and one automatic retry recovers', async () => {
  // The server sends the dataset's headers and a part of its body, then nothing, until `stall`
  // is lifted; the page's own automatic retry then gets the whole file.
  let stall = true;
  const stalled = [];
  const stalling = await serve({}, {
    intercept: (path, res) => {
      if (!stall || path !== '/data/corridors.geojson') return false;
      res.writeHead(200, { 'content-type': 'application/geo+json' });
      res.write('{"type": "FeatureCollection", "story": {');
      stalled.push(res);
      return true;
    },
  });
  const { page, errors, close } = await open(browser, { width: 390, height: 844 });
  try {
    const started = Date.now();
    await page.goto(stalling.url + '?lang=en');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 15, `the error after ${seconds} s`);
    assert.match(asRead(await alert.innerText()), /data\/corridors\.geojson: the file had not arrived whole after 10 s/);
    assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
    await page.screenshot({ path: join(shots, 'error-stalled-en.png') });
    stall = false;
    await page.locator('svg.map g.leg').first().waitFor({ timeout: 10_000 });
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
    stalled.forEach((res) => res.destroy());
    stalling.close();
  }
});
