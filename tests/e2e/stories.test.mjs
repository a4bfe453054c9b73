// End-to-end: several stories in one deployment, each from its own data file, and a third
// language. What a reader sees of the second story, and what an editor sees of a broken one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, appReady, asRead } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('?story=instc shows the North–South corridor with its own title, legend, colours and fact check', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { page, errors, close } = await open(browser, viewport);
    try {
      await page.goto(server.url + '?story=instc&lang=en');
      await page.locator('svg.map g.leg').first().waitFor();
      const heading = page.getByRole('heading', { level: 1 });
      assert.equal((asRead(await heading.innerText())).trim(), 'The North–South corridor: Russia – Iran – India');
      assert.equal(await page.title(), 'The North–South corridor: Russia – Iran – India – corridor-explorer');
      const toggles = await page.locator('.route-toggle').allInnerTexts();
      assert.deepEqual(toggles.map((t) => asRead(t).trim()), [
        'Western route (Azerbaijan)', 'Trans-Caspian route', 'Eastern route (Kazakhstan, Turkmenistan)',
        'Sea leg Gulf – India', 'Sea route via Suez']);
      // The story's colour reaches the line (light theme: the data's own colour).
      const stroke = await page.locator('g.leg.corridor-western path.line').first()
        .evaluate((e) => getComputedStyle(e).stroke);
      assert.equal(stroke, 'rgb(213, 94, 0)');
      // Its places are named on the map, and the planned missing link is drawn.
      const names = await page.locator('svg.map .labels text').evaluateAll((els) => els.map((e) => e.textContent));
      for (const name of ['Moscow', 'Tehran', 'Bandar Abbas']) assert.ok(names.includes(name), `${name} in ${names}`);
      assert.equal(await page.locator('g.leg[data-leg="astara-ir-rasht"].status-planned').count(), 1);
      assert.equal(await page.locator('.address-notice').count(), 0);
      await page.screenshot({ path: join(shots, `instc-${viewport.width}-en.png`) });
      await page.getByRole('tab', { name: 'Fact check' }).click();
      await page.getByText('The INSTC was founded in 2002.').waitFor();
      assert.equal(await page.locator('.claim').count(), 6);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('the default story speaks Russian: interface, story, numbers and dates', async () => {
  const { page, errors, close } = await open(browser, { width: 390, height: 844 });
  try {
    await page.goto(server.url + '?lang=ru');
    await appReady(page);
    await page.locator('svg.map g.leg').first().waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.equal(asRead(await page.getByRole('heading', { level: 1 }).innerText()).trim(), 'Грузовые коридоры между Китаем и Европой');
    assert.ok(await page.getByRole('button', { name: 'Средний коридор', exact: true }).isVisible());
    const names = await page.locator('svg.map .labels text').evaluateAll((els) => els.map((e) => e.textContent));
    assert.ok(names.includes('Актау'), names.join(', '));
    await page.screenshot({ path: join(shots, 'default-390-ru.png') });
    await page.getByRole('tab', { name: 'Время в пути' }).click();
    await page.getByText('19–23 дн.').first().waitFor();
    // From Russian back to German, by the button that names German in German.
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { name: 'Güterkorridore zwischen China und Europa' }).waitFor();
    assert.equal(await page.title(), 'Güterkorridore zwischen China und Europa – corridor-explorer');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('an odd story name is ignored with a notice; a missing story names its file', async () => {
  const { page, errors, close } = await open(browser);
  try {
    await page.goto(server.url + '?story=../secret&lang=en');
    // The page's own first screen has a map too: the notice is the app's.
    await appReady(page);
    await page.locator('svg.map g.leg').first().waitFor();
    const notice = asRead(await page.locator('.address-notice').innerText());
    assert.match(notice, /story=\.\.\/secret/);
    assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), 'Freight corridors between China and Europe');
    await page.goto(server.url + '?story=lobito&lang=de');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(asRead(await alert.innerText()), /data\/lobito\.geojson: der Server antwortete mit HTTP 404/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a story whose texts lack one of its languages is refused, naming the feature, field and language', async () => {
  const { page, close } = await open(browser);
  try {
    await page.route('**/data/instc.geojson', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace('"name": {"de": "Moskau", "en": "Moscow", "ru": "Москва"}', '"name": {"de": "Moskau", "en": "Moscow"}');
      await route.fulfill({ response, body: text });
    });
    await page.goto(server.url + '?story=instc&lang=en');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(asRead(await alert.innerText()), /feature "moscow" \(#1\), field "name": the "ru" translation is missing/);
  } finally {
    await close();
  }
});
