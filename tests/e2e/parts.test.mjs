// End-to-end: what a newsroom embeds one thing at a time — the map alone or one panel alone
// (`?part=`), each within a height an article can give it; the embed dialog's choice of part with
// each part's measured height; the no-script picture in the code; the oEmbed answer the page
// links; and the story's updated day and corrections under every part.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, open, shots, dist, readDataset, holdProgram, recordShifts, shifts, asRead } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const PANELS = { volume: 'Volumes', transit: 'Transit time', investment: 'Investment', factcheck: 'Fact check' };
/** The height each part may take, by window width: an article gives the map a phone's screen. */
const BUDGET = { map: { 320: 700, 768: 900, 1280: 900 }, panel: 1500 };
/** The address `./run publish` wrote into the oEmbed answers (SITE_URL unset: `./run serve`'s). */
const SITE = 'http://127.0.0.1:8080/';

/** "Updated 1 December 2026" as the English interface writes the story's day. */
const updatedLine = (day) => 'Updated ' + new Date(day + 'T12:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const host = (body) => `<!doctype html><html><body style="margin:0"><p>Article text.</p>${body}<p>More text.</p></body></html>`;

async function settled(page, part) {
  await page.locator('#shell').waitFor({ state: 'detached' });
  await page.locator(part === 'map' ? 'svg.map g.leg' : '.panel-part').first().waitFor();
  await page.waitForTimeout(700);
  return page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
}

test('each part alone is within its height budget at 320, 768 and 1280 px, with the updated line and corrections under it', async () => {
  const story = JSON.parse(await readDataset()).story;
  for (const part of ['map', ...Object.keys(PANELS)]) {
    for (const width of [320, 768, 1280]) {
      const { page, errors, close } = await open(browser, { width, height: 900 });
      try {
        await page.goto(server.url + `?embed=1&lang=en&part=${part}`);
        const height = await settled(page, part);
        const budget = part === 'map' ? BUDGET.map[width] : BUDGET.panel;
        assert.ok(height <= budget, `${part} at ${width} px: ${height} px tall, budget ${budget}`);
        if (part === 'map') {
          assert.equal(await page.locator('.panel-part, .tabs').count(), 0, 'the map alone');
          await page.locator('.legend').getByRole('button', { name: 'Middle Corridor' }).waitFor();
        } else {
          await page.getByRole('heading', { level: 2, name: PANELS[part] }).waitFor();
          assert.equal(await page.locator('svg.map').count(), 0, `${part}: no map`);
        }
        const footer = page.locator('footer.embed-footer');
        assert.match(asRead(await footer.innerText()), new RegExp(updatedLine(story.updated)));
        assert.match(asRead(await footer.innerText()), story.corrections.length === 1 ? /1 correction/ : /\d+ corrections/);
        if (width === 320) await page.screenshot({ path: join(shots, `part-${part}-320.png`), fullPage: true });
        assert.deepEqual(errors, [], `${part} ${width}`);
      } finally {
        await close();
      }
    }
  }
});

test('a long panel is folded, and opening it grows the host\'s iframe to the whole panel', async () => {
  const { page, errors, close } = await open(browser, { width: 320, height: 800 });
  try {
    const code = `<iframe src="${server.url}?embed=1&lang=en&part=factcheck" style="border:0;width:100%;height:300px"></iframe>
<script>window.addEventListener("message",function(e){var h=e.data&&e.data["datawrapper-height"];if(!h)return;
var f=document.querySelector("iframe");if(f.contentWindow!==e.source)return;for(var k in h)f.style.height=h[k]+"px"});</script>`;
    await page.route(server.url + 'article.html', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: host(code) }));
    await page.goto(server.url + 'article.html');
    const frame = page.frameLocator('iframe');
    const open = frame.getByRole('button', { name: 'Show all of it' });
    await open.waitFor();
    await page.waitForTimeout(600);
    const iframeHeight = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    const folded = await iframeHeight();
    assert.ok(folded <= BUDGET.panel, `folded: ${folded} px`);
    await open.click();
    await assert.doesNotReject(open.waitFor({ state: 'detached' }));
    await page.waitForTimeout(600);
    const unfolded = await iframeHeight();
    const content = await frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
    assert.ok(unfolded > folded + 200, `opened: ${folded} → ${unfolded} px`);
    assert.ok(Math.abs(unfolded - content) <= 2, `the iframe fits the opened panel: ${unfolded} vs ${content}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the corrections line under the page opens to list each correction with its date', async () => {
  const story = JSON.parse(await readDataset()).story;
  const { page, errors, close } = await open(browser, { width: 390, height: 844 });
  try {
    await page.goto(server.url + '?lang=en');
    const footer = page.locator('footer.page-footer');
    await footer.getByText(updatedLine(story.updated)).waitFor();
    // The tables and sources above the footer render in tasks after the map and push it down:
    // a click while it moves can land beside the summary (seen once in a full run).
    await page.locator('#sources-heading').waitFor();
    await footer.locator('summary').click();
    await footer.locator('details.corrections[open]').waitFor();
    const items = footer.locator('.corrections li');
    assert.equal(await items.count(), story.corrections.length);
    for (const [i, correction] of story.corrections.entries()) {
      const text = asRead(await items.nth(i).innerText());
      assert.ok(text.includes(correction.text.en), text);
      assert.equal(await items.nth(i).locator('time').getAttribute('datetime'), correction.date);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the embed dialog offers every part with its measured height at 320 px; the code embeds the chosen part with a no-script picture that loads', async () => {
  const { page, errors, close } = await open(browser, { width: 1280, height: 900 });
  try {
    await page.goto(server.url + '?lang=en');
    await page.locator('svg.map g.leg').first().waitFor();
    await page.getByRole('button', { name: 'Embed' }).click();
    const heights = page.locator('.part-height');
    // Map, four panels, everything — and the story's steps, which the default story has.
    assert.equal(await heights.count(), 7);
    await page.waitForFunction(() => [...document.querySelectorAll('.part-height')].every((e) => /\spx tall/.test(e.textContent)), null, { timeout: 30_000 });
    await page.waitForTimeout(1500);
    const measured = Object.fromEntries(await heights.evaluateAll((all) =>
      all.map((e) => [e.dataset.part, Number(e.textContent.match(/(\d+)\spx/)[1])])));
    assert.ok(measured.map <= BUDGET.map[320], `map at 320 px: ${measured.map}`);
    // What the dialog says is what the part is: measured again on its own, ±2 px.
    const alone = await open(browser, { width: 320, height: 900 });
    try {
      await alone.page.goto(server.url + '?embed=1&lang=en&part=map');
      const height = await settled(alone.page, 'map');
      assert.ok(Math.abs(height - measured.map) <= 2, `the dialog says ${measured.map} px, the map part is ${height} px`);
    } finally {
      await alone.close();
    }
    for (const part of Object.keys(PANELS)) assert.ok(measured[part] <= BUDGET.panel, `${part}: ${measured[part]}`);
    assert.ok(measured.all > measured.volume, `everything (${measured.all}) is taller than a panel`);
    assert.ok(measured.steps > 0, `the steps part is measured too: ${measured.steps}`);
    await page.getByRole('radio', { name: /^The story, step by step/ }).check();
    assert.match(await page.getByRole('textbox', { name: 'Embed code' }).inputValue(), /<iframe src="[^"]*part=steps/);
    await page.getByRole('radio', { name: /^Transit time/ }).check();
    const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    assert.match(code, /<iframe src="[^"]*embed=1[^"]*part=transit/);
    const picture = code.match(/<noscript><a href="([^"]+)"><img src="([^"]+)" alt="([^"]+)"/);
    assert.ok(picture, code);
    assert.equal(new URL(picture[1]).search, '?lang=en', 'the picture links to the full view');
    assert.match(picture[2], /images\/corridors-en-transit\.png$/);
    assert.match(picture[3], /^Transit time: /);
    const image = await page.request.get(picture[2]);
    assert.equal(image.status(), 200);
    assert.deepEqual([...(await image.body()).subarray(1, 4)], [...Buffer.from('PNG')]);
    await page.screenshot({ path: join(shots, 'embed-dialog-parts.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the page links its oEmbed answer: valid JSON whose HTML iframes the map, with a no-script picture that shows without scripts', async () => {
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  const links = [...index.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(links.map((l) => l.replace(SITE, '')), ['oembed-corridors-de.json', 'oembed-corridors-en.json', 'oembed-corridors-ru.json']);
  const answer = JSON.parse(await readFile(join(dist, 'oembed-corridors-en.json'), 'utf8'));
  assert.equal(answer.version, '1.0');
  assert.equal(answer.type, 'rich');
  assert.equal(answer.title, 'Freight corridors between China and Europe');
  assert.ok(answer.width > 0 && answer.height > 0 && answer.thumbnail_width === 1200 && answer.thumbnail_height === 630);
  const src = answer.html.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.equal(src, `${SITE}?lang=en&embed=1&id=corridor-explorer&part=map`);
  // Served from here rather than from the site the answer names.
  const html = answer.html.replaceAll(SITE, server.url);
  for (const scripts of [true, false]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: scripts });
    try {
      const page = await context.newPage();
      await page.route(server.url + 'cms.html', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: host(html) }));
      await page.goto(server.url + 'cms.html');
      if (scripts) {
        await page.frameLocator('iframe').locator('svg.map g.leg').first().waitFor();
        assert.equal(await page.frameLocator('iframe').locator('.panel-part, .tabs').count(), 0, 'the map part');
      } else {
        const image = page.getByRole('img', { name: answer.html.match(/alt="([^"]+)"/)[1].slice(0, 40) });
        await image.waitFor();
        assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth === 1502), 'the picture has loaded');
        await page.getByRole('link', { name: 'Open the interactive graphic' }).waitFor();
      }
    } finally {
      await context.close();
    }
  }
  const thumbnail = await readFile(join(dist, answer.thumbnail_url.replace(SITE, '')));
  assert.ok(thumbnail.length > 10_000, 'the thumbnail is the social card');
});

test('an embed of the map alone shows the first screen\'s map before the program and takes over without a shift; a panel\'s waits for its data', async () => {
  for (const [width, part] of [[320, 'map'], [1280, 'map'], [390, 'transit']]) {
    const { page, errors, close } = await open(browser, { width, height: 900 });
    try {
      await recordShifts(page);
      const release = await holdProgram(page);
      await page.goto(server.url + `?embed=1&lang=en&part=${part}`, { waitUntil: 'domcontentloaded' });
      const box = (selector) => page.locator(selector).first().evaluate((e) => { const b = e.getBoundingClientRect(); return [b.x, b.y, b.width, b.height].map(Math.round); });
      if (part === 'map') {
        await page.locator('#shell svg.static-map:visible').waitFor();
        const before = { legend: await box('#shell .legend'), frame: await box('#shell .explorer .map-frame') };
        release();
        await page.locator('#shell').waitFor({ state: 'detached' });
        const after = { legend: await box('.app .legend'), frame: await box('.app .explorer .map-frame') };
        assert.deepEqual(after, before, `${width}: legend and map in the same place`);
        await page.waitForTimeout(300);
        assert.deepEqual(await shifts(page), [], `${width}: layout shifts`);
      } else {
        await page.locator('#shell .shell-loading').waitFor();
        assert.equal(await page.locator('#shell .explorer .map-frame').isVisible(), false, 'no map for a panel');
        release();
        await page.getByRole('heading', { level: 2, name: PANELS[part] }).waitFor();
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});
