// End-to-end: the map as a graphics desk signs it off on a phone — every main place (rank 1 in
// the data: both ends of the story's main link among them) and both ends of every route named
// (on the map or in its detail inset), visible and clear of every other name, at 390 × 844 and
// 320 × 640; the map high enough on the screen to be seen; the locator globe outlining the view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, appReady } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** Each route's two ends, worked out here from the legs as the data format defines them: legs run
 * from a route's origin towards its destination; of the places its legs only leave and those they
 * only reach, the two farthest apart. */
function routeEnds(data) {
  const places = new Map(data.features.filter((f) => f.geometry.type === 'Point').map((f) => [f.id, f]));
  const rad = Math.PI / 180;
  const km = (a, b) => {
    const [[l1, p1], [l2, p2]] = [a.geometry.coordinates, b.geometry.coordinates];
    const h = Math.sin((p2 - p1) * rad / 2) ** 2 + Math.cos(p1 * rad) * Math.cos(p2 * rad) * Math.sin((l2 - l1) * rad / 2) ** 2;
    return 12742 * Math.asin(Math.sqrt(h));
  };
  const ends = [];
  for (const corridor of data.corridors.filter((c) => c.role !== 'comparison')) {
    const legs = data.features.filter((f) => f.geometry.type === 'LineString' && f.properties.corridor === corridor.id);
    const from = new Set(legs.map((l) => l.properties.from)), to = new Set(legs.map((l) => l.properties.to));
    const starts = [...from].filter((id) => !to.has(id)), finishes = [...to].filter((id) => !from.has(id));
    const pairs = starts.flatMap((a) => finishes.map((b) => [places.get(a), places.get(b)]));
    pairs.sort((p, q) => km(...q) - km(...p));
    if (pairs.length) ends.push(...pairs[0]);
  }
  return [...new Set(ends)];
}

test('on phones every main place and every route\'s ends are named, inside the map and clear of the other names; the map starts within 420 px', async () => {
  const data = JSON.parse(await readDataset());
  const ranked = data.features.filter((f) => f.geometry.type === 'Point' && f.properties.rank === 1);
  const ends = routeEnds(data);
  assert.ok(ranked.length >= 2 && ends.length >= 4, 'the story ranks its main places and has routes');
  const main = [...new Set([...ranked, ...ends])];
  for (const [width, height, lang] of [[390, 844, 'de'], [390, 844, 'en'], [390, 844, 'ru'], [320, 640, 'de'], [320, 640, 'en']]) {
    const { page, errors, close } = await open(browser, { width, height });
    try {
      await page.goto(server.url + `?lang=${lang}`);
      await appReady(page);
      await page.locator('svg.map g.leg').first().waitFor();
      const { names, map, top, chips, past } = await page.evaluate(() => {
        const svg = document.querySelector('svg.map');
        const box = (e) => { const b = e.getBoundingClientRect(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
        return {
          names: [...svg.querySelectorAll('g.labels text')].map((t) => ({ id: t.dataset.for, text: t.textContent.trim(), ...box(t) })),
          map: box(svg),
          top: document.querySelector('.app .map-frame').getBoundingClientRect().top + window.scrollY,
          chips: new Set([...document.querySelectorAll('.app .legend .route-toggle')].map((b) => Math.round(b.getBoundingClientRect().top))).size,
          // Controls that reach past the window's edge (cut off, as the page does not scroll sideways).
          past: [...document.querySelectorAll('.app :is(.masthead, .legend) :is(button, p, li)')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((e) => e.textContent.trim()),
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
      console.log(`${label}: map top ${top} px, ${chips} rows of toggles`);
      assert.ok(top <= 420, `${label}: the map starts at ${top} px`);
      assert.ok(chips >= 1 && chips <= 2, `${label}: the route toggles take ${chips} rows`);
      assert.deepEqual(past, [], `${label}: cut off at the window's right edge`);
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

test('the locator globe outlines the part of the world the map shows, and the outline shrinks when the reader zooms in', async () => {
  const data = JSON.parse(await readDataset());
  const places = data.features.filter((f) => f.geometry.type === 'Point');
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    const { page, errors, close } = await open(browser, { width, height });
    try {
      const look = () => page.evaluate(() => {
        const svg = document.querySelector('svg.map');
        const view = svg.querySelector('g.locator path.locator-view');
        const rim = svg.querySelector('g.locator circle.locator-rim');
        const m = svg.getBoundingClientRect();
        const shown = [...svg.querySelectorAll('g.node')].filter((g) => {
          const r = g.getBoundingClientRect();
          return r.x >= m.x && r.y >= m.y && r.right <= m.right && r.bottom <= m.bottom;
        }).map((g) => g.dataset.node);
        const c = rim.getBoundingClientRect(), o = view.getBoundingClientRect();
        return {
          extent: view.dataset.view.split(',').map(Number),
          inside: o.x >= c.x - 1 && o.y >= c.y - 1 && o.right <= c.right + 1 && o.bottom <= c.bottom + 1,
          outline: o.width * o.height, globe: c.width * c.height, shown,
        };
      });
      const within = ([w, s, e, n], id) => {
        const [lon, lat] = places.find((p) => p.id === id).geometry.coordinates;
        return lon >= w - 0.5 && lon <= e + 0.5 && lat >= s - 0.5 && lat <= n + 0.5;
      };
      await page.goto(server.url + '?lang=en');
      await appReady(page);
      await page.locator('svg.map g.locator path.locator-view').waitFor();
      const whole = await look();
      const label = `${width} px`;
      assert.ok(whole.inside, `${label}: the outline is on the globe`);
      assert.ok(whole.shown.length >= 10, `${label}: ${whole.shown.length} places on the map`);
      for (const id of whole.shown) assert.ok(within(whole.extent, id), `${label}: ${id} is on the map and inside the outline ${whole.extent}`);
      await page.goto(server.url + '?lang=en&view=3,0.5,0.45');
      await appReady(page);
      await page.locator('svg.map g.locator path.locator-view').waitFor();
      const zoomed = await look();
      const span = ([w, s, e, n]) => [e - w, n - s];
      const [[w1, h1], [w2, h2]] = [span(whole.extent), span(zoomed.extent)];
      assert.ok(w2 < w1 / 2 && h2 < h1 / 2, `${label}: zoomed in, the outline spans ${w2.toFixed(1)}° × ${h2.toFixed(1)}° of ${w1.toFixed(1)}° × ${h1.toFixed(1)}°`);
      assert.ok(zoomed.outline < whole.outline / 3, `${label}: and is smaller on the globe`);
      for (const id of zoomed.shown) assert.ok(within(zoomed.extent, id), `${label}: zoomed in, ${id} is inside the outline`);
      if (width === 390) await page.screenshot({ path: join(shots, 'locator-zoomed-390.png') });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});
