// End-to-end: the static first screen that `./run publish` writes into each story's page — what
// a reader sees before the program arrives, or without JavaScript at all — and the program
// taking it over without a visible change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, holdProgram, recordShifts, shifts } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const TITLE = { de: 'Güterkorridore zwischen China und Europa', en: 'Freight corridors between China and Europe' };

/** What the visible map draws: each leg's path data, each place's position, each name and its box. */
function drawn(page, container) {
  return page.evaluate((container) => {
    const visible = (e) => e.getBoundingClientRect().width > 0;
    const svg = [...document.querySelectorAll(`${container} svg.map`)].find(visible);
    const round = (b) => [b.x, b.y, b.width, b.height].map((v) => Math.round(v * 2) / 2);
    const box = (selector) => { const e = document.querySelector(`${container} ${selector}`); return e && round(e.getBoundingClientRect()); };
    return {
      viewBox: svg.getAttribute('viewBox'),
      legs: Object.fromEntries([...svg.querySelectorAll('g.leg')].map((g) => [g.dataset.leg, g.querySelector('path.line').getAttribute('d')])),
      shown: [...svg.querySelectorAll('g.leg')].filter(visible).map((g) => g.dataset.leg),
      nodes: Object.fromEntries([...svg.querySelectorAll('g.node')].map((g) => [g.dataset.node, g.getAttribute('transform')])),
      names: [...svg.querySelectorAll('g.labels text, g.area-labels text')].filter(visible)
        .map((t) => [t.textContent.trim(), t.getAttribute('x'), t.getAttribute('y'), ...round(t.getBoundingClientRect())]).sort(),
      boxes: { heading: box('h1'), legend: box('.legend'), frame: box('.explorer .map-frame'), map: round(svg.getBoundingClientRect()), caption: box('figcaption') },
    };
  }, container);
}

test('without JavaScript the page shows the title, the legend and the finished map, and says what needs scripts', async () => {
  const data = JSON.parse(await readDataset());
  for (const { width, file, title } of [
    { width: 390, file: '', title: TITLE.de },
    { width: 1280, file: '', title: TITLE.de },
    { width: 390, file: 'instc.html', title: 'Der Nord-Süd-Korridor: Russland – Iran – Indien' },
  ]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'de-DE', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url + file);
      await assert.doesNotReject(page.getByRole('heading', { level: 1, name: title }).waitFor(), `${file} ${width}`);
      // The map as an image: the layout's, in the story's first language, loaded and in the frame.
      const image = page.locator('.shell img.static-map-image');
      await image.waitFor();
      const { loaded, source, frame, box } = await image.evaluate((img) => ({
        loaded: img.complete && img.naturalWidth > 0, source: img.currentSrc,
        frame: img.closest('.map-frame').getBoundingClientRect().width, box: img.getBoundingClientRect().width,
      }));
      assert.ok(loaded, `${source} loaded`);
      assert.match(source, width < 532 ? /-de-phone\.svg$/ : /-de\.svg$/);
      assert.equal(box, frame, 'as wide as the frame');
      const svg = await (await fetch(source)).text();
      assert.ok((svg.match(/<g class="leg /g) ?? []).length >= 5, 'routes drawn');
      assert.ok((svg.match(/class="place-label"/g) ?? []).length >= 5, 'places named');
      const toggles = page.locator('.route-toggle:visible');
      assert.ok(await toggles.count() >= 3, 'legend');
      if (!file) {
        for (const corridor of data.corridors.filter((c) => c.role !== 'comparison')) {
          await assert.doesNotReject(toggles.filter({ hasText: corridor.name.de }).first().waitFor(), corridor.id);
        }
      }
      assert.equal(await page.getByRole('button', { name: 'Einbetten' }).isVisible(), false, 'no button that cannot work');
      await assert.doesNotReject(page.getByText(/Ohne JavaScript ist die Karte ein Bild/).waitFor());
      assert.match(await page.getByRole('link', { name: /data\/.*\.geojson/ }).getAttribute('href'), /^data\/[a-z0-9-]+\.geojson$/);
      await page.screenshot({ path: join(shots, `no-js-${file ? 'instc-' : ''}${width}-de.png`) });
    } finally {
      await context.close();
    }
  }
});

test('before the program arrives, the first screen is in the language and layout the app will use', async () => {
  const cases = [
    { query: '?lang=en', lang: 'en' },
    { query: '', lang: 'de' },
    { query: '?lang=xx&embed=1&theme=dark', lang: 'de', embed: true },
  ];
  for (const c of cases) {
    const { page, errors, close } = await open(browser, { width: 390, height: 844 });
    try {
      await page.route('**/*_bg.wasm', () => new Promise(() => {}));
      await page.goto(server.url + c.query, { waitUntil: 'domcontentloaded' });
      await assert.doesNotReject(page.getByRole('heading', { level: 1, name: TITLE[c.lang] }).waitFor(), c.query);
      assert.equal(await page.locator('html').getAttribute('lang'), c.lang);
      // The map file the page's script put in place, with the names in the reader's language only.
      await page.locator('#shell svg.static-map:visible').waitFor();
      assert.ok(await page.locator(`svg.static-map:visible g.labels[data-lang="${c.lang}"] text:visible`).count() > 3, c.query);
      assert.equal(await page.locator('svg.static-map:visible g.labels text:visible').count(),
        await page.locator(`svg.static-map:visible g.labels[data-lang="${c.lang}"] text`).count(), `${c.query}: one language`);
      assert.equal(await page.locator('.shell .subtitle').isVisible(), !c.embed, `${c.query}: standfirst`);
      assert.equal(await page.locator('.shell .embed-open').isVisible(), !c.embed, `${c.query}: embed button`);
      if (c.embed) assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('the program takes over with no layout shift: the same boxes, path data and names at 390 and 1280 px', async () => {
  for (const [width, query] of [[390, ''], [1280, ''], [390, '?lang=en'], [1280, '?lang=ru']]) {
    const { page, errors, close } = await open(browser, { width, height: 900 });
    try {
      await recordShifts(page);
      const release = await holdProgram(page);
      await page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
      await page.locator('#shell svg.static-map:visible').waitFor();
      const before = await drawn(page, '#shell');
      await page.screenshot({ path: join(shots, `first-screen-${width}${query ? '-' + query.slice(6) : ''}.png`) });
      release();
      await page.locator('#shell').waitFor({ state: 'detached' });
      const after = await drawn(page, '.app');
      const label = `${width} ${query}`;
      assert.equal(after.viewBox, before.viewBox, `${label}: the map's size`);
      assert.deepEqual(after.legs, before.legs, `${label}: path data`);
      assert.deepEqual(after.shown, before.shown, `${label}: legs shown`);
      assert.deepEqual(after.nodes, before.nodes, `${label}: places`);
      assert.deepEqual(after.names, before.names, `${label}: names and their boxes`);
      assert.deepEqual(after.boxes, before.boxes, `${label}: heading, legend, map and caption boxes`);
      assert.ok(Object.keys(after.legs).length >= 10 && after.names.length >= 8, label);
      await page.waitForTimeout(300);
      assert.deepEqual(await shifts(page), [], `${label}: layout shifts`);
      assert.equal(await page.locator('html').getAttribute('data-first-screen'), 'current');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('a dataset changed after the page was published is drawn from the data once the program runs', async () => {
  const data = JSON.parse(await readDataset());
  const place = data.features.find((f) => f.geometry.type === 'Point' && f.properties.rank === 1);
  const old = place.properties.name.de;
  place.properties.name.de = 'Neu-' + old;
  const { page, errors, close } = await open(browser, { width: 1280, height: 900 });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  try {
    await page.route('**/data/corridors.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(data) }));
    const release = await holdProgram(page);
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    // Before the program: the published first screen, with the name it was published with.
    await page.locator(`#shell svg.static-map:visible text[data-for="${place.id}"]:visible`).first().waitFor();
    release();
    await page.locator('#shell').waitFor({ state: 'detached' });
    await assert.doesNotReject(page.locator(`svg.map text[data-for="${place.id}"]`, { hasText: 'Neu-' + old }).waitFor());
    assert.equal(await page.locator('svg.map text', { hasText: new RegExp(`^${old}$`) }).count(), 0, 'the old name is gone');
    assert.equal(await page.locator('html').getAttribute('data-first-screen'), 'stale');
    assert.ok(warnings.some((w) => /\.\/run publish/.test(w)), `a note for the editor: ${warnings}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the program asks for its files once the map file has arrived, and starts whatever becomes of that file', async () => {
  for (const fate of ['served', 'missing', 'failed', 'stalled']) {
    const { page, errors, close } = await open(browser, { width: 1280, height: 900 });
    const log = [];
    let hold = null;
    try {
      await page.route('**/maps/*.svg', (route) => {
        if (fate === 'missing') return route.fulfill({ status: 404, body: 'not found' });
        if (fate === 'failed') return route.abort('connectionreset');
        if (fate === 'stalled') return new Promise((ok) => { hold = ok; }).then(() => route.abort().catch(() => {}));
        return route.continue();
      });
      page.on('requestfinished', (r) => { if (/\/maps\/.*\.svg$/.test(r.url())) log.push('map'); });
      page.on('request', (r) => { if (/_bg\.wasm$/.test(r.url())) log.push('wasm'); });
      await page.goto(server.url + '?lang=en');
      // The app's own map, drawn from the data, in place of the first screen.
      await page.locator('#shell').waitFor({ state: 'detached' });
      await assert.doesNotReject(page.locator('svg.map g.leg path.line').first().waitFor(), `${fate}: the app's map`);
      if (fate === 'served') assert.deepEqual(log, ['map', 'wasm'], 'the map file first, then the program');
      assert.deepEqual(errors, [], fate);
    } finally {
      hold?.();
      await close();
    }
  }
});

test('a story published as its own page (instc.html) loads that story without ?story=', async () => {
  const { page, errors, close } = await open(browser, { width: 390, height: 844 });
  try {
    await page.goto(server.url + 'instc.html?lang=en');
    await page.locator('#shell').waitFor({ state: 'detached' });
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'The North–South corridor: Russia – Iran – India' }).waitFor());
    assert.ok(await page.locator('svg.map g.leg').count() >= 5);
    assert.equal(await page.title(), 'The North–South corridor: Russia – Iran – India – corridor-explorer');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
