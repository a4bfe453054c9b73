// End-to-end: the map as a reader sees and uses it, on a phone and on a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, appReady, asRead } from './harness.mjs';

let server, browser, legCount;
before(async () => {
  server = await serve();
  browser = await launch();
  legCount = JSON.parse(await readDataset()).features.filter((f) => f.geometry.type === 'LineString').length;
});
after(async () => { await browser?.close(); server?.close(); });

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, lang: 'de' },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, lang: 'en' },
];

async function openMap(viewport, lang) {
  const session = await open(browser, viewport);
  await session.page.goto(`${server.url}?lang=${lang}`);
  await appReady(session.page);
  await session.page.locator('svg.map g.leg').first().waitFor();
  await session.page.waitForFunction(() => document.querySelectorAll('.place-label').length > 2);
  return session;
}

for (const { name, viewport, lang } of sizes) {
  test(`${name}: one path per leg, labels that never overlap, screenshot`, async () => {
    const { page, errors, close } = await openMap(viewport, lang);
    assert.equal(await page.locator('svg.map g.leg path.line').count(), legCount);
    const boxes = await page.locator('svg.map .labels text, svg.map .area-labels text').evaluateAll((texts) =>
      texts.map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height }; }));
    assert.ok(boxes.length >= 5, `${boxes.length} labels`);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        assert.ok(!overlap, `"${a.text}" overlaps "${b.text}"`);
      }
    }
    await page.screenshot({ path: join(shots, `map-${name}-${lang}.png`) });
    assert.deepEqual(errors, []);
    await close();
  });
}

test('the air arc is a great circle: its middle lies off the straight chord, to the north', async () => {
  const { page, close } = await openMap({ width: 1280, height: 800 }, 'en');
  const off = await page.locator('g.leg[data-leg="cit-fra"] path.line').evaluate((path) => {
    const len = path.getTotalLength();
    const [a, b, m] = [path.getPointAtLength(0), path.getPointAtLength(len), path.getPointAtLength(len / 2)];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const north = m.y < a.y + ((m.x - a.x) * dy) / dx; // screen y grows downwards
    return north ? Math.abs(dx * (m.y - a.y) - dy * (m.x - a.x)) / Math.hypot(dx, dy) : -1;
  });
  // Lambert conformal conic draws great circles nearly straight: the bend is about a pixel on the
  // 750 px map beside the panels (a straight path would measure 0).
  assert.ok(off > 0.5, `the middle lies ${off.toFixed(2)} px off the chord`);
  await close();
});

test('keyboard only: Tab to a route, Enter selects it, Esc clears', async () => {
  const { page, close } = await openMap({ width: 1280, height: 800 }, 'en');
  let focused = null;
  for (let i = 0; i < 30 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.closest('g.leg')?.getAttribute('aria-label') ?? null);
  }
  assert.ok(focused, 'a route is reachable by Tab');
  assert.match(focused, /^Middle Corridor: rail .+ – .+, operating$/);
  const leg = page.locator('g.leg:focus');
  await page.keyboard.press('Enter');
  assert.equal(await leg.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('status').filter({ hasText: 'Middle Corridor' }).count(), 1);
  await page.keyboard.press('Escape');
  assert.equal(await leg.getAttribute('aria-pressed'), 'false');
  await close();
});

test('the legend hides and shows a route', async () => {
  const { page, close } = await openMap({ width: 1280, height: 800 }, 'en');
  const toggle = page.getByRole('button', { name: 'Northern route (Russia, Belarus)', exact: true });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('g.leg.corridor-northern:visible').count(), 0);
  assert.ok(await page.locator('g.leg.corridor-middle:visible').count() > 10);
  await toggle.click();
  assert.ok(await page.locator('g.leg.corridor-northern:visible').count() > 5);
  await close();
});

test('hovering a route dims the others and shows its card; selecting the sea route zooms out to it', async () => {
  const { page, close } = await openMap({ width: 1280, height: 800 }, 'en');
  // Move the mouse onto the drawn line itself, a third of the way along.
  const at = await page.locator('g.leg[data-leg="poti-constanta"] path.line').evaluate((path) => {
    const p = path.getPointAtLength(path.getTotalLength() / 3).matrixTransform(path.getScreenCTM());
    return { x: p.x, y: p.y };
  });
  await page.mouse.move(at.x, at.y);
  assert.equal(await page.locator('svg.map.has-active').count(), 1);
  const card = asRead(await page.locator('.tooltip').innerText());
  assert.match(card, /Poti – Constanța/);
  assert.match(card, /Middle Corridor · ferry · Black Sea ferry/, 'the variant, named by the story');
  assert.match(card, /Length: ≈ 1,\d\d0 km · operating/);
  assert.match(card, /Transit time, reported Mar 2026: 28–32 days/);
  await page.mouse.move(5, 5);
  await page.locator('g.leg[data-leg="shanghai-rotterdam"]').dispatchEvent('click');
  const transform = await page.locator('svg.map g.routes-layer').getAttribute('transform');
  const scale = Number(/scale\(([\d.]+)\)/.exec(transform)[1]);
  assert.ok(scale < 1, `zoomed out to show the sea route: ${transform}`);
  await page.screenshot({ path: join(shots, 'map-sea-route-en.png') });
  await close();
});

test('zoom with buttons, keys and wheel; drag pans; 0 resets', async () => {
  const { page, close } = await openMap({ width: 1280, height: 800 }, 'en');
  const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await page.locator('svg.map g.routes-layer').getAttribute('transform'))[1]);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  assert.equal(await scale(), 1.6);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  assert.equal(await scale(), 1);
  const box = await page.locator('svg.map').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  assert.ok(await scale() > 1.5);
  const before = await page.locator('svg.map g.routes-layer').getAttribute('transform');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  assert.notEqual(await page.locator('svg.map g.routes-layer').getAttribute('transform'), before);
  await page.locator('g.leg').first().focus();
  await page.keyboard.press('0');
  assert.equal(await scale(), 1);
  await page.keyboard.press('+');
  assert.equal(await scale(), 1.6);
  await close();
});

test('embedded (?embed=1): a plain wheel scrolls the page and shows a hint; Ctrl + wheel zooms', async () => {
  const { page, close } = await open(browser, { width: 390, height: 700 });
  await page.goto(`${server.url}?embed=1&lang=en`);
  await appReady(page);
  await page.locator('svg.map g.leg').first().waitFor();
  const transform = () => page.locator('svg.map g.routes-layer').getAttribute('transform');
  const before = await transform();
  const box = await page.locator('svg.map').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(() => window.scrollY > 0);
  assert.equal(await transform(), before, 'the map did not zoom');
  assert.equal(await page.getByRole('status').filter({ hasText: 'Use Ctrl + scroll to zoom the map' }).count(), 1);
  const moved = await page.locator('svg.map').boundingBox(); // the page has scrolled under the mouse
  await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  assert.notEqual(await transform(), before, 'Ctrl + wheel zooms');
  await close();
});
