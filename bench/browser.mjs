// Browser timings in headless Debian Chromium (playwright-core), for the app and for the
// MapLibre reference, measured the same way:
//   - navigation → the map drawn (ours: route paths in the DOM; reference: MapLibre's first idle)
//   - selecting a route, 100 times: the main thread's work for it (script, then the next frame's
//     callbacks, style, layout and paint, not the idle wait for that frame) and the latency to
//     that frame, p50/p95
//   - a 2 s pan by drag and a 2 s zoom by wheel: each frame's main-thread work and the intervals
//     between animation frames (16.7 ms: none dropped at 60 Hz), p50/p95
//   - ours only: the journey race's first 4 s from the click on "Race a container" (its glide to
//     the race's frame, then the containers moving), measured the same way
import { launch } from '../tests/e2e/harness.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * q)];

async function frames(page, box, gesture) {
  await page.evaluate(() => {
    // A new recording ends the previous one's chain of callbacks (each chain checks its own id).
    const id = (window.__recording = (window.__recording ?? 0) + 1);
    window.__frames = [];
    window.__work = [];
    // Each frame's work: from our animation-frame callback (asked for a frame ahead, so it runs
    // before the app's own) to the first task after the frame (its style, layout and paint done).
    const tick = (t) => {
      if (window.__recording !== id) return;
      const began = performance.now();
      window.__frames.push(t);
      setTimeout(() => window.__work.push(performance.now() - began), 0);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  const start = Date.now();
  if (gesture === 'race') {
    await page.evaluate(() => document.querySelector('.race-start').click());
    await page.waitForTimeout(4000);
  } else if (gesture === 'pan') {
    await page.mouse.down();
    for (let i = 0; Date.now() - start < 2000; i++) await page.mouse.move(cx + 150 * Math.sin(i / 10), cy + 60 * Math.cos(i / 10));
    await page.mouse.up();
  } else {
    for (let i = 0; Date.now() - start < 2000; i++) {
      await page.mouse.wheel(0, i % 20 < 10 ? -60 : 60);
      await page.waitForTimeout(16);
    }
  }
  const { ts, work } = await page.evaluate(() => { window.__recording += 1; return { ts: window.__frames, work: window.__work }; });
  const deltas = ts.slice(1).map((t, i) => t - ts[i]);
  return { p50: pct(deltas, 0.5), p95: pct(deltas, 0.95), n: deltas.length, work: { p50: pct(work, 0.5), p95: pct(work, 0.95) } };
}

/**
 * Selects a route `n` times in the page (`select(i)` selects the i-th) and times each twice:
 *   - work: the main thread's time for it — the click's script and the tasks it queued, plus the
 *     next frame from its first animation-frame callback (ours, asked for before the click, so
 *     it runs before MapLibre's drawing) to the end of its style, layout and paint; the time the
 *     thread sits idle waiting for that frame to begin is not work;
 *   - latency: click → that frame painted, which adds that wait (0–16.7 ms at 60 Hz, and more
 *     while the compositor is busy), whatever the app does.
 */
async function selections(page, n, select) {
  return page.evaluate(async ({ n, select }) => {
    const run = new Function('i', select);
    const task = () => new Promise((ok) => setTimeout(ok, 0));
    const work = [];
    const latency = [];
    for (let i = 0; i < n; i++) {
      let frameBegan = 0;
      const frame = new Promise((ok) => requestAnimationFrame(() => { frameBegan = performance.now(); ok(); }));
      const t0 = performance.now();
      run(i);
      await task();
      const t1 = performance.now();
      await frame;
      await task();
      const t2 = performance.now();
      work.push(t1 - t0 + (t2 - Math.max(frameBegan, t1)));
      latency.push(t2 - t0);
    }
    return { work, latency };
  }, { n, select });
}

/**
 * Records, in the page, the first animation frame (the one about to be painted) in which
 * `shown()` holds: navigation → map on screen, the same way for the pages drawn in the DOM.
 */
const onScreen = (shown) => `(() => { const shown = ${shown}; const tick = () => {
  if (shown()) { window.__onScreen = performance.now(); return; } requestAnimationFrame(tick); };
  requestAnimationFrame(tick); })();`;
const visible = (selector) => `() => [...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => e.getBoundingClientRect().width > 0)`;

const apps = {
  ours: {
    // The static first screen's map, or the app's: whichever is on screen first.
    onScreen: onScreen(visible('svg.map g.leg path.line')),
    // Interactive: the app has drawn its map and replaced the first screen.
    interactive: async (page) => { await page.locator('#shell').waitFor({ state: 'detached', timeout: 60_000 }); return page.evaluate(() => performance.now()); },
    drawn: async (page) => { await page.locator('#shell').waitFor({ state: 'detached', timeout: 60_000 }); await page.locator('svg.map g.leg path.line').first().waitFor({ timeout: 60_000 }); return page.evaluate(() => performance.now()); },
    area: (page) => page.locator('svg.map').boundingBox(),
    select: `const legs = document.querySelectorAll('svg.map g.leg'); legs[i % legs.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));`,
    race: true,
  },
  d3: {
    onScreen: onScreen(visible('#map .leg')),
    drawn: async (page) => { await page.waitForFunction(() => window.__drawn, null, { timeout: 60_000 }); return page.evaluate(() => window.__drawn); },
    area: (page) => page.locator('#map').boundingBox(),
    select: 'window.__select(i);',
  },
  reference: {
    // A canvas: on screen once MapLibre first goes idle (everything loaded and drawn).
    onScreen: null,
    drawn: async (page) => { await page.waitForFunction(() => window.__drawn, null, { timeout: 60_000 }); return page.evaluate(() => window.__drawn); },
    area: (page) => page.locator('#map').boundingBox(),
    select: `const ids = window.__map.querySourceFeatures('corridors').filter((f) => f.geometry.type === 'LineString').map((f) => f.id); window.__select(ids[i % ids.length]);`,
  },
};

/** Loads per page and width: the medians of 5 differed by up to 20 % between two runs here. */
export const LOADS = 11;

/**
 * Navigation → map on screen (ms, median of `LOADS` loads) at each width, and → interactive
 * where the app has both, for each of `pages` (`[kind, url]`). The pages' loads take turns, so
 * that the machine's speed drifting during the run touches every page alike.
 */
export async function loads(pages, widths = [390, 1280]) {
  const browser = await launch();
  try {
    const out = pages.map(() => ({}));
    for (const width of widths) {
      const screen = pages.map(() => []);
      const ready = pages.map(() => []);
      for (let i = 0; i < LOADS; i++) {
        for (const [p, [kind, url]] of pages.entries()) {
          const app = apps[kind];
          const context = await browser.newContext({ viewport: { width, height: 800 }, ignoreHTTPSErrors: true });
          try {
            const page = await context.newPage();
            if (app.onScreen) await page.addInitScript(app.onScreen);
            await page.goto(url);
            const drawn = await app.drawn(page);
            screen[p].push(app.onScreen ? await page.waitForFunction(() => window.__onScreen).then((h) => h.jsonValue()) : drawn);
            if (app.interactive) ready[p].push(await app.interactive(page));
          } finally {
            await context.close();
          }
        }
      }
      pages.forEach((_, p) => {
        out[p][width] = { onScreen: median(screen[p]), interactive: ready[p].length ? median(ready[p]) : null };
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Every browser figure for one app at `url`. */
export async function measure(kind, url) {
  const app = apps[kind];
  const browser = await launch();
  try {
    const loads = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto(url);
      loads.push(await app.drawn(page));
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(url);
    await app.drawn(page);
    await page.waitForTimeout(500);
    const { work, latency } = await selections(page, 100, app.select);
    const box = await app.area(page);
    const pan = await frames(page, box, 'pan');
    const zoom = await frames(page, box, 'zoom');
    const race = app.race ? await frames(page, box, 'race') : null;
    await context.close();
    const stats = (xs) => ({ p50: pct(xs, 0.5), p95: pct(xs, 0.95) });
    return { load: median(loads), select: stats(work), selectLatency: stats(latency), pan, zoom, race };
  } finally {
    await browser.close();
  }
}

/** Our scene build (User Timing) and load for a dataset served in place of the shipped one. */
export async function sceneWith(url, dataset) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.route('**/data/corridors.geojson', (route) => route.fulfill({ status: 200, body: dataset }));
    await page.goto(url);
    const drawn = await apps.ours.drawn(page);
    const scene = await page.evaluate(() => performance.getEntriesByName('corridor-explorer scene').at(-1).duration);
    await context.close();
    return { drawn, scene };
  } finally {
    await browser.close();
  }
}
