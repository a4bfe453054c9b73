// End-to-end: what a newsroom checks before it embeds the map — self-sizing iframe, URL state,
// privacy and CSP, accessibility (axe), keyboard use, downloads, text rendered as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, csp, asRead } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function ready(page) {
  await page.locator('.map .leg path.line').first().waitFor();
}

/** The embed code as the dialog hands it out. */
async function embedCode() {
  const { page, close } = await open(browser);
  await page.goto(server.url + '?lang=en');
  await ready(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  await close();
  return code;
}

test('the embed code sizes its iframe to the content at 320, 768 and 1280 px, also after a language switch', async () => {
  const code = await embedCode();
  assert.match(code, /<iframe src="[^"]*embed=1[^"]*" title="[^"]+" loading="lazy"/);
  assert.ok(code.length - code.indexOf('<script>') <= 1024, 'the snippet is at most 1 KB');
  const parent = `<!doctype html><html><body style="margin:0"><p>Article text.</p>${code}<p>More text.</p></body></html>`;
  for (const width of [320, 768, 1280]) {
    const { page, errors, close } = await open(browser, { width, height: 900 });
    await page.route(server.url + 'parent.html', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: parent }));
    await page.goto(server.url + 'parent.html');
    const frame = page.frameLocator('iframe');
    await frame.locator('.map .leg path.line').first().waitFor();
    const fits = async () => {
      await page.waitForTimeout(600);
      const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
      assert.ok(Math.abs(outer - inner) <= 2, `${width} px: iframe ${outer} px, content ${inner} px`);
      return outer;
    };
    const before = await fits();
    await frame.getByRole('button', { name: 'Deutsch' }).click();
    await frame.getByRole('button', { name: 'English' }).waitFor();
    const after = await fits();
    if (width === 320) assert.notEqual(after, before, 'the German page has another height');
    if (width === 320) await page.screenshot({ path: join(shots, 'embed-320-parent.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  }
});

test('the embed folds tables and sources away, and a source marker unfolds them', async () => {
  const { page, close } = await open(browser, { width: 320, height: 900 });
  await page.goto(server.url + '?embed=1&lang=en');
  await ready(page);
  assert.equal(await page.getByRole('table', { name: 'Route legs in the dataset' }).isVisible(), false);
  const height = await page.evaluate(() => document.body.getBoundingClientRect().height);
  assert.ok(height < 4000, `the embed is ${height} px tall at 320 px`);
  await page.locator('.figure .source-marker').first().click();
  await page.locator('.source-list li:target').waitFor({ state: 'visible' });
  assert.match(await page.getByRole('link', { name: 'Open full view ↗' }).getAttribute('href'), /\?lang=en$/);
  await close();
});

test('every request stays on the origin, and a strict CSP reports no violation', async () => {
  const policy = csp();
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  const strict = await serve({ 'content-security-policy': policy });
  const { page, errors, close } = await open(browser, { width: 1280, height: 800 });
  const foreign = [];
  const violations = [];
  page.on('request', (r) => { if (!r.url().startsWith(strict.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url()); });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(strict.url + '?lang=en');
  await ready(page);
  // The page carries its own policy too, for hosts that send none.
  assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  for (const name of ['Transit time', 'Investment', 'Fact check', 'Volumes']) await page.getByRole('tab', { name }).click();
  // Onto the drawn line itself: the card is placed through the CSSOM, which the CSP allows.
  const at = await page.locator('g.leg[data-leg="poti-constanta"] path.line').evaluate((path) => {
    const p = path.getPointAtLength(path.getTotalLength() / 3).matrixTransform(path.getScreenCTM());
    return { x: p.x, y: p.y };
  });
  await page.mouse.move(at.x, at.y);
  await page.locator('.tooltip').waitFor();
  await page.locator('.map [data-leg="moscow-minsk"]').click();
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Map as PNG' }).click();
  await png;
  await page.waitForTimeout(300);
  assert.deepEqual(foreign, []);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await close();
  strict.close();
});

for (const lang of ['de', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe finds no violations (${lang}, ${scheme})`, async () => {
      // axe is added as an inline script, which the page's own policy would refuse.
      const { page, close } = await open(browser, { width: 1280, height: 800 }, { bypassCSP: true });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.url + `?lang=${lang}`);
      await ready(page);
      await page.addScriptTag({ path: axePath });
      // Every panel, one after the other: hidden tab panels are not checked.
      const found = [];
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        const result = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        found.push(...result);
      }
      assert.deepEqual([...new Set(found)], []);
      await close();
    });
  }
}

test('keyboard only: language, embed code, every route, the year, a source', async () => {
  const { page, close } = await open(browser, { width: 1280, height: 800 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(server.url);
  await ready(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    if (el?.tagName === 'INPUT') return `input#${el.id}`;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });
  const tabTo = async (pattern, limit = 200) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (pattern.test(await focused())) return;
    }
    throw new Error(`never reached ${pattern}`);
  };
  await tabTo(/^English$/);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'Embed');
  await page.keyboard.press('Enter');
  await tabTo(/^Copy code$/, 5);
  await page.keyboard.press('Enter');
  await page.getByText('Copied.').waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<iframe [\s\S]*datawrapper-height/);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog').count(), 0);
  for (const route of ['Middle Corridor', 'Northern route \\(Russia, Belarus\\)', 'Air link', 'Sea route via Suez']) {
    await tabTo(new RegExp(`^${route}: `));
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: new RegExp(`Figures for this route: ${route}`) });
    await heading.waitFor();
  }
  await tabTo(/^input#year-input$/);
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getByRole('slider', { name: 'Year' }).inputValue(), '2017');
  await tabTo(/^Volumes$/);
  await page.keyboard.press('ArrowLeft'); // wraps to the last tab
  assert.equal(await page.getByRole('tab', { name: 'Fact check' }).getAttribute('aria-selected'), 'true');
  await tabTo(/^Source \d+: /);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.source-list li:target').count(), 1);
  // Opened again, the dialog hands out the code for what the reader sees now.
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  assert.match(code, /route=shanghai-rotterdam/);
  assert.match(code, /year=2017/);
  assert.match(code, /panel=factcheck/);
  await close();
});

test('a link with state restores it, and the address follows the reader', async () => {
  const { page, errors, close } = await open(browser, { width: 1280, height: 800 });
  await page.goto(server.url + '?lang=en&panel=transit&year=2017&route=moscow-minsk&view=2,0.4,0.35');
  await ready(page);
  assert.equal(await page.getByRole('tab', { name: 'Transit time' }).getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByRole('slider', { name: 'Year' }).inputValue(), '2017');
  assert.equal(await page.locator('.map [data-leg="moscow-minsk"]').getAttribute('aria-pressed'), 'true');
  await page.getByRole('heading', { name: /Figures for this route: Northern route/ }).waitFor();
  assert.match(await page.locator('g.zoom.routes-layer').getAttribute('transform'), /scale\(2\.0+\)/);
  await page.getByRole('tab', { name: 'Investment' }).click();
  await page.waitForTimeout(400);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('panel'), 'investment');
  assert.equal(url.searchParams.get('route'), 'moscow-minsk');
  assert.equal(url.searchParams.get('year'), '2017');
  assert.deepEqual(errors, []);
  await close();
});

test('garbage in the address is listed, ignored, and the map still renders', async () => {
  const { page, errors, close } = await open(browser, { width: 390, height: 844 });
  await page.goto(server.url + '?lang=xx&year=abc&route=%3Cscript%3E&view=1e9,0,0&panel=&embed=maybe&zzz');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'In der Adresse nicht verstanden' });
  assert.match(asRead(await notice.innerText()), /lang=xx, year=abc, route=%3Cscript%3E, view=1e9,0,0, panel=, embed=maybe, zzz/);
  assert.equal(await page.locator('.map .leg').count(), (JSON.parse(await readDataset())).features.filter((f) => f.geometry.type === 'LineString').length);
  assert.deepEqual(errors, []);
  await close();
});

test('text from the dataset is shown as text, never run as markup', async () => {
  const { page, close } = await open(browser, { width: 1280, height: 800 });
  const evil = '<img src=x onerror=alert(1)>';
  const data = (await readDataset()).replace('"en": "Aktau"', `"en": ${JSON.stringify(evil)}`);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.route('**/data/corridors.geojson', (route) => route.fulfill({ status: 200, body: data }));
  await page.goto(server.url + '?lang=en');
  await ready(page);
  await page.getByRole('rowheader', { name: evil, exact: true }).waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(dialogs, 0);
  await close();
});

test('downloads: SVG with the routes, PNG at twice the size, CSV a row per figure, the GeoJSON', async () => {
  const { page, close } = await open(browser, { width: 1280, height: 800 });
  await page.goto(server.url + '?lang=en');
  await ready(page);
  const fetchDownload = async (name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const dataset = JSON.parse(await readDataset());
  const legs = dataset.features.filter((f) => f.geometry.type === 'LineString').length;
  const svg = await fetchDownload('Map as SVG');
  assert.equal(svg.name, 'corridor-explorer-map.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, legs: doc.querySelectorAll('g.leg path.line').length,
      style: doc.querySelector('style')?.textContent.length ?? 0, note: doc.querySelector('.attribution-note')?.textContent };
  }, svg.bytes.toString('utf8'));
  assert.deepEqual({ error: parsed.error, legs: parsed.legs }, { error: false, legs });
  assert.ok(parsed.style > 1000, 'the styles are inside');
  assert.match(parsed.note, /Natural Earth/);
  const png = await fetchDownload('Map as PNG');
  const map = await page.locator('svg.map').boundingBox();
  const [w, h] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  assert.ok(Math.abs(w - map.width * 2) <= 2 && Math.abs(h - map.height * 2) <= 2, `${w}×${h} for a ${map.width}×${map.height} map`);
  const csv = await fetchDownload('Figures as CSV');
  const rows = csv.bytes.toString('utf8').split('\r\n').filter((l) => l);
  assert.match(rows[0], /^id,topic,corridor,label,value,min,max,unit,year/);
  assert.equal(rows.length, dataset.figures.length + 1);
  const geojson = await fetchDownload('Data as GeoJSON');
  assert.equal(geojson.bytes.toString('utf8'), await readDataset());
  await close();
});

test('screenshots: embed at 320 px in dark mode, desktop in German', async () => {
  const { page, close } = await open(browser, { width: 320, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(server.url + '?embed=1&lang=de');
  await ready(page);
  await page.screenshot({ path: join(shots, 'embed-320-dark-de.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(server.url + '?theme=light');
  await ready(page);
  await page.screenshot({ path: join(shots, 'desktop-de.png') });
  await close();
});
