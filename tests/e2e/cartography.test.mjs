// End-to-end: the map as a graphics desk signs it off on a phone — every main place (rank 1 in
// the data: both ends of the story's main link among them) named, visible and clear of every
// other name, at 390 × 844 and 320 × 640; and the map high enough on the screen to be seen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, appReady } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('on phones every main place is named, inside the map and clear of the other names; the map starts within 420 px', async () => {
  const data = JSON.parse(await readDataset());
  const main = data.features.filter((f) => f.geometry.type === 'Point' && f.properties.rank === 1);
  assert.ok(main.length >= 2, 'the story ranks its main places');
  for (const [width, height, lang] of [[390, 844, 'de'], [390, 844, 'en'], [390, 844, 'ru'], [320, 640, 'de'], [320, 640, 'en']]) {
    const { page, errors, close } = await open(browser, { width, height });
    try {
      await page.goto(server.url + `?lang=${lang}`);
      await appReady(page);
      await page.locator('svg.map g.leg').first().waitFor();
      const { names, map, top } = await page.evaluate(() => {
        const svg = document.querySelector('svg.map');
        const box = (e) => { const b = e.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
        return {
          names: [...svg.querySelectorAll('g.labels text')].map((t) => ({ id: t.dataset.for, text: t.textContent.trim(), ...box(t) })),
          map: box(svg),
          top: document.querySelector('.app .map-frame').getBoundingClientRect().top + window.scrollY,
        };
      });
      const label = `${width}×${height} ${lang}`;
      for (const place of main) {
        const name = names.find((n) => n.text === place.properties.name[lang]);
        assert.ok(name, `${label}: ${place.properties.name[lang]} is named (${names.map((n) => n.text).join(', ')})`);
        assert.ok(name.x >= map.x - 0.5 && name.y >= map.y - 0.5 && name.x + name.w <= map.x + map.w + 0.5 && name.y + name.h <= map.y + map.h + 0.5,
          `${label}: ${name.text} inside the map`);
      }
      for (const [i, a] of names.entries()) {
        for (const b of names.slice(i + 1)) {
          const apart = a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
          assert.ok(apart, `${label}: ${a.text} and ${b.text} overlap`);
        }
      }
      if (width === 390 && lang !== 'ru') assert.ok(top <= 420, `${label}: the map starts at ${top} px`);
      await page.screenshot({ path: join(shots, `phone-names-${width}-${lang}.png`) });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('the scale bar is true at the view\'s centre, at two zoom levels, and says at which latitude', async () => {
  const data = JSON.parse(await readDataset());
  const points = data.features.filter((f) => f.geometry.type === 'Point').map((f) => ({ id: f.id, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
  // Two places on nearly one parallel, far apart: the map's distance between them, over the
  // Earth's along that parallel, is the map's scale there (a conformal conic's depends on
  // latitude only; the chord is within 0.5 % of the arc for up to 30° of longitude).
  const pairs = points.flatMap((a) => points.map((b) => [a, b]))
    .filter(([a, b]) => Math.abs(a.lat - b.lat) < 0.6 && b.lon - a.lon > 8 && b.lon - a.lon < 30);
  assert.ok(pairs.length > 0, 'the story has two places on about one parallel');
  const [a, b] = pairs.sort(([a1, b1], [a2, b2]) => (b2.lon - a2.lon) - (b1.lon - a1.lon))[0];
  const R = 6371, rad = Math.PI / 180, lat = (a.lat + b.lat) / 2;
  const km = R * Math.hypot(Math.cos(lat * rad) * (b.lon - a.lon) * rad, (b.lat - a.lat) * rad);
  const { page, errors, close } = await open(browser, { width: 1280, height: 900 });
  try {
    const centre = (id) => page.locator(`svg.map g.node[data-node="${id}"]`).evaluate((g) => { const r = g.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; });
    await page.goto(server.url + '?lang=en');
    await appReady(page);
    await page.locator('svg.map g.leg').first().waitFor();
    const svg = await page.locator('svg.map').evaluate((s) => { const r = s.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; });
    const [pa, pb] = [await centre(a.id), await centre(b.id)];
    const share = [((pa[0] + pb[0]) / 2 - svg[0]) / svg[2], ((pa[1] + pb[1]) / 2 - svg[1]) / svg[3]];
    for (const scale of [1, 2.5]) {
      await page.goto(server.url + `?lang=en&view=${scale},${share[0].toFixed(3)},${share[1].toFixed(3)}`);
      await appReady(page);
      const bar = page.locator('svg.map g.scale-bar');
      await bar.waitFor();
      const [qa, qb] = [await centre(a.id), await centre(b.id)];
      const mapPerKm = Math.hypot(qb[0] - qa[0], qb[1] - qa[1]) / km;
      const { km: barKm, px, lat: barLat, title, width } = await bar.evaluate((g) => ({
        km: Number(g.dataset.km), px: Number(g.dataset.px), lat: Number(g.dataset.lat),
        title: g.querySelector('title').textContent, width: g.querySelector('path').getBBox().width,
      }));
      assert.ok(Math.abs(width - px) < 0.2, 'the bar is as long as it says');
      const barPerKm = px / barKm;
      assert.ok(Math.abs(barPerKm / mapPerKm - 1) <= 0.02,
        `zoom ${scale}: bar ${barPerKm.toFixed(4)} px/km, map ${mapPerKm.toFixed(4)} px/km between ${a.id} and ${b.id}`);
      assert.ok(Math.abs(barLat - lat) < 1.5, `zoom ${scale}: the bar holds at ${barLat}°, the view's centre is at about ${lat}°`);
      assert.equal(title, `Scale at ${Math.round(barLat)}° N`);
      assert.match(await bar.locator('text').textContent(), new RegExp(`^${barKm.toLocaleString('en')} km$`));
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the story\'s annotations are on the map with their source numbers, clear of every name, at 390, 768 and 1280 px', async () => {
  const data = JSON.parse(await readDataset());
  const annotations = data.story.annotations ?? [];
  assert.ok(annotations.length >= 2, 'the default story has annotations');
  // On a phone, with room for rank 1 only, a callout that finds no room clear of the names is
  // left out (in English at 390 px the Caspian's is; in German it fits).
  for (const [width, height, lang, minimum] of [[390, 844, 'de', 1], [390, 844, 'en', 0], [768, 1000, 'en', 1], [1280, 900, 'en', 2]]) {
    const { page, errors, close } = await open(browser, { width, height });
    try {
      await page.goto(server.url + `?lang=${lang}`);
      await appReady(page);
      await page.locator('svg.map g.leg').first().waitFor();
      const { callouts, names } = await page.evaluate(() => {
        const box = (e) => { const b = e.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
        const svg = document.querySelector('svg.map');
        return {
          callouts: [...svg.querySelectorAll('g.callout')].map((g) => ({ id: g.dataset.for, text: g.querySelector('text').textContent, ...box(g.querySelector('text')) })),
          names: [...svg.querySelectorAll('g.labels text, g.area-labels text')].map((t) => ({ text: t.textContent.trim(), ...box(t) })),
        };
      });
      const label = `${width} px ${lang}`;
      assert.ok(callouts.length >= minimum, `${label}: ${callouts.length} annotations shown`);
      const sources = data.sources.map((s) => s.id);
      for (const c of callouts) {
        const a = annotations.find((x) => x.id === c.id);
        assert.ok(a, `${label}: ${c.id} is one of the story's`);
        assert.ok(c.text.endsWith(`[${sources.indexOf(a.source) + 1}]`), `${label}: ${c.text} ends with its source's number`);
        for (const n of [...names, ...callouts.filter((o) => o !== c)]) {
          const apart = c.x + c.w <= n.x + 0.5 || n.x + n.w <= c.x + 0.5 || c.y + c.h <= n.y + 0.5 || n.y + n.h <= c.y + 0.5;
          assert.ok(apart, `${label}: the annotation "${c.text}" overlaps "${n.text}"`);
        }
      }
      if (width === 1280) await page.screenshot({ path: join(shots, 'annotations-1280-en.png') });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});
