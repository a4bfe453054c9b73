// Browser timings of the release build (dist/), in headless Debian Chromium: part of `./run bench`.
//   - navigation → the map's paths in the DOM (median of 5 loads)
//   - building the scene (projection, every path, labels) in wasm, from the app's User Timing
//   - a resize: new Scene (projection, all paths, labels) built and drawn (median of 5)
//   - frame times while panning by drag for 2 s (p50/p95 of requestAnimationFrame intervals)
import { serve, launch, open } from '../tests/e2e/harness.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * q)];

const server = await serve();
const browser = await launch();
const results = {};
try {
  const loads = [];
  const resizes = [];
  const scenes = [];
  for (let i = 0; i < 5; i++) {
    const { page, close } = await open(browser, { width: 1280, height: 800 });
    await page.goto(server.url + '?lang=en');
    await page.locator('svg.map g.leg path.line').first().waitFor();
    loads.push(await page.evaluate(() => performance.now()));
    // The app measures each scene build (User Timing); the last one is at the page's real width.
    scenes.push(await page.evaluate(() => performance.getEntriesByName('corridor-explorer scene').at(-1).duration));
    await page.waitForTimeout(200);
    const before = await page.locator('svg.map').getAttribute('viewBox');
    const t0 = Date.now();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.waitForFunction((b) => document.querySelector('svg.map').getAttribute('viewBox') !== b, before);
    resizes.push(Date.now() - t0);
    await close();
  }
  results['navigation → map paths in the DOM (ms, median of 5)'] = median(loads).toFixed(0);
  results['build the scene in wasm: projection and all paths (ms, median of 5)'] = median(scenes).toFixed(2);
  results['resize → new scene drawn (ms, median of 5)'] = median(resizes).toFixed(0);

  const { page, close } = await open(browser, { width: 1280, height: 800 });
  await page.goto(server.url + '?lang=en');
  await page.locator('svg.map g.leg path.line').first().waitFor();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const box = await page.locator('svg.map').boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); if (window.__frames.length < 400) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 0; Date.now() - start < 2000; i++) {
    await page.mouse.move(cx + 150 * Math.sin(i / 10), cy + 60 * Math.cos(i / 10));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__frames);
  const deltas = frames.slice(1).map((t, i) => t - frames[i]);
  results['pan by drag: frame interval p50 (ms)'] = pct(deltas, 0.5).toFixed(1);
  results['pan by drag: frame interval p95 (ms)'] = pct(deltas, 0.95).toFixed(1);
  results['pan by drag: frames measured'] = deltas.length;
  await close();
} finally {
  await browser.close();
  server.close();
}
for (const [k, v] of Object.entries(results)) console.log(`${k}: ${v}`);
