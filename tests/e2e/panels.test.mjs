// End-to-end: the figure panels — sources on every figure, the fact check, the year control, and
// the links between map and panels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, appReady, asRead } from './harness.mjs';

let server, browser, dataset;
before(async () => {
  server = await serve();
  browser = await launch();
  dataset = JSON.parse(await readDataset());
});
after(async () => { await browser?.close(); server?.close(); });

const TABS = ['Volumes', 'Transit time', 'Investment', 'Fact check'];

async function openApp(viewport, query = '?lang=en') {
  const session = await open(browser, viewport);
  await session.page.goto(server.url + query);
  await appReady(session.page);
  await session.page.getByRole('tablist').waitFor();
  return session;
}

test('every figure on every panel has a visible source marker leading to a listed source', async () => {
  const { page, errors, close } = await openApp({ width: 1280, height: 800 });
  const sourceOf = new Map(dataset.figures.map((f) => [f.id, f.source]));
  let checked = 0;
  for (const name of TABS) {
    await page.getByRole('tab', { name }).click();
    const figures = page.getByRole('tabpanel').locator('[data-figure]');
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      if (!(await figure.isVisible())) continue; // rows of a closed table
      const id = await figure.getAttribute('data-figure');
      const source = sourceOf.get(id);
      assert.ok(source, `${id} is a figure of the dataset`);
      // A list row carries its own marker; a point of a chart has it in the chart's key.
      const holder = figure.locator('xpath=ancestor-or-self::li[1] | ancestor::figure[1]').last();
      const marker = holder.locator(`a.source-marker[href="#source-${source}"]`).first();
      assert.ok(await marker.isVisible(), `${name}: ${id} shows a marker for ${source}`);
      assert.equal(await page.locator(`.source-list li#source-${source}`).count(), 1, source);
      checked++;
    }
  }
  // 2 charts (17 points) + 3 lists on Volumes, 12 transit rows, 7 investments.
  assert.ok(checked >= 40, `checked ${checked} figures`);
  assert.deepEqual(errors, []);
  await close();
});

test('the fact check shows the 35 Mt and 19–23 days claims with their verdicts and sources', async () => {
  const { page, close } = await openApp({ width: 1280, height: 800 });
  await page.getByRole('tab', { name: 'Fact check' }).click();
  const check = page.getByRole('region', { name: 'What the article said – and what the sources say' });
  const mt = check.getByRole('listitem').filter({ hasText: '35 Mt by 2029' });
  assert.match(asRead(await mt.innerText()), /figure real, attribution wrong/);
  const days = check.getByRole('listitem').filter({ hasText: '19–23 days' }).first();
  assert.match(asRead(await days.innerText()), /unverified/);
  await days.getByRole('link').first().click();
  const target = page.locator('.source-list li:target');
  assert.equal(await target.count(), 1);
  assert.match(asRead(await target.innerText()), /German regional news article/);
  await page.getByRole('tab', { name: 'Fact check' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'fact-check-en.png') });
  await close();
});

test('the 35 Mt target is shown as all transit through Kazakhstan, not on the corridor chart', async () => {
  const { page, close } = await openApp({ width: 1280, height: 800 });
  const item = page.locator('.figure[data-figure="kz-transit-target-2029"]');
  assert.match(asRead(await item.innerText()), /all routes together[\s\S]*35 Mt[\s\S]*attributes to the Middle Corridor/);
  const chart = page.getByRole('img', { name: /Freight a year, million tonnes/ });
  assert.equal(await chart.locator('[data-figure="kz-transit-target-2029"]').count(), 0);
  assert.equal(await chart.locator('.target').count(), 2, '10 Mt by 2027 and 11 Mt by 2030');
  await close();
});

test('charts have a title, a description and a table, in German number format', async () => {
  const { page, close } = await openApp({ width: 390, height: 844 }, '?lang=de');
  const chart = page.getByRole('img', { name: /Fracht pro Jahr, Millionen Tonnen/ });
  await chart.waitFor();
  assert.match(asRead(await chart.locator('desc').textContent()), /0,759 Mio\. t im Jahr 2019, 4,119 Mio\. t 2025; Ziel 2027: 10 Mio\. t/);
  const box = await chart.boundingBox();
  assert.ok(box.width <= 358 && box.width > 300, `chart is ${box.width} px wide at 390`);
  const toggle = page.getByRole('button', { name: 'Als Tabelle zeigen' }).first();
  await toggle.click();
  const table = page.getByRole('table', { name: 'Fracht pro Jahr, Millionen Tonnen' });
  assert.equal(await table.locator('tbody tr').count(), 10, '7 years, 2 targets, 1 capacity');
  assert.match(asRead(await table.innerText()), /4,484 Mio\. t/);
  assert.equal(await page.getByRole('button', { name: 'Tabelle ausblenden' }).getAttribute('aria-expanded'), 'true');
  await page.getByRole('tab', { name: 'Fahrzeit' }).click();
  const transit = page.getByRole('tabpanel');
  assert.match(asRead(await transit.innerText()), /19–23 Tage\s*unbelegt/);
  assert.match(asRead(await transit.innerText()), /Flug Schymkent–München\s*6 Std\./);
  await page.screenshot({ path: join(shots, 'panels-phone-de.png'), fullPage: true });
  await close();
});

test('selecting the northern route on the map brings its figures forward', async () => {
  const { page, close } = await openApp({ width: 1280, height: 800 });
  await page.locator('.map [data-leg="moscow-minsk"]').click();
  const card = page.getByRole('region', { name: /Figures for this route: Northern route/ });
  await card.waitFor();
  const text = asRead(await card.innerText());
  assert.match(text, /UTLC ERA[\s\S]*380,000 TEU/);
  assert.match(text, /12–18 days/);
  assert.doesNotMatch(text, /TITR/);
  // The series' earlier years (2022, 2023) are folded under the latest (2024), and unfold.
  assert.doesNotMatch(text, /410,600 TEU/);
  await card.getByText('Earlier years (2)').click();
  assert.match(asRead(await card.innerText()), /410,600 TEU[\s\S]*211,100 TEU/);
  const northern = page.locator('.series.corridor-northern');
  assert.equal(await northern.getAttribute('class'), 'series corridor-northern');
  assert.match(await page.locator('.series.corridor-middle').first().getAttribute('class'), /dimmed/);
  await page.screenshot({ path: join(shots, 'route-northern-en.png') });
  await page.locator('.map [data-leg="moscow-minsk"]').focus();
  await page.keyboard.press('Escape');
  await card.getByRole('heading').waitFor({ state: 'detached' });
  await close();
});

test('pointing at a figure brings its route forward on the map', async () => {
  const { page, close } = await openApp({ width: 1280, height: 800 });
  await page.locator('.figure[data-figure="cr-express-teu-2024"]').hover();
  const map = page.locator('svg.map');
  assert.match(await map.getAttribute('class'), /has-emphasis/);
  assert.match(await page.locator('.map [data-leg="aktau-alat"]').getAttribute('class'), /dimmed/);
  assert.doesNotMatch(await page.locator('.map [data-leg="moscow-minsk"]').getAttribute('class'), /dimmed/);
  await page.mouse.move(5, 5);
  assert.doesNotMatch(await map.getAttribute('class'), /has-emphasis/);
  await close();
});

test('the year control hides BTK in 2016 and shows the Munich flight from 2025', async () => {
  const { page, close } = await openApp({ width: 1280, height: 800 });
  const slider = page.getByRole('slider', { name: 'Year' });
  assert.equal(await slider.inputValue(), '2026');
  const btk = page.locator('.map [data-leg="akhalkalaki-kars"]');
  const munich = page.locator('.map [data-leg="cit-muc"]');
  await slider.fill('2016');
  await btk.waitFor({ state: 'hidden' });
  assert.equal(await munich.isVisible(), false);
  assert.equal(await page.locator('.year-marker text').first().count(), 0, '2016 is before the charts');
  await slider.focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await slider.inputValue(), '2025');
  await munich.waitFor({ state: 'visible' });
  assert.ok(await btk.isVisible());
  assert.equal(await page.locator('.year-marker text').first().textContent(), '2025');
  await page.screenshot({ path: join(shots, 'year-2025-en.png') });
  await close();
});

test('an editor\'s change to a figure shows after a reload, without a rebuild', async () => {
  const { page, close } = await open(browser, { width: 1280, height: 800 });
  const changed = (await readDataset()).replace(
    /("id": "titr-target-2027"[^\n]*"value": )10,/, '$112.5,');
  assert.notEqual(changed, await readDataset(), 'the copy differs');
  await page.route('**/data/corridors.geojson', (route) => route.fulfill({ status: 200, body: changed }));
  await page.goto(server.url + '?lang=en');
  await appReady(page);
  const item = page.locator('.figure[data-figure="titr-target-2027"]');
  assert.match(asRead(await item.innerText()), /TITR association target 12\.5 Mt 2027/);
  const chart = page.getByRole('img', { name: /Freight a year, million tonnes/ });
  assert.match(asRead(await chart.locator('desc').textContent()), /target 2027: 12\.5 Mt/);
  assert.equal(await chart.locator('.target text').first().textContent(), '12.5');
  await close();
});
