// End-to-end: the journey race (the story's `race`). "Race a container" sends one container by
// each raced route; they arrive in the order of their reported days, the clock showing each
// one's day as it arrives, at its route's finish; the map's paths are not redrawn while they
// move. Pause, Resume, Restart and End work from the keyboard; reduced motion gets the finish
// at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, appReady, asRead } from './harness.mjs';

let server, browser, expected;
before(async () => {
  server = await serve();
  browser = await launch();
  const data = JSON.parse(await readDataset());
  // The containers in the order the data says they arrive: by their fastest reported days.
  const days = (f) => [f.min ?? f.value, f.max ?? f.value];
  expected = data.story.race.map((id) => data.figures.find((f) => f.id === id))
    .map((f) => ({ id: f.id, days: days(f), claimed: f.confidence === '?' }))
    .sort((a, b) => a.days[0] - b.days[0] || a.days[1] - b.days[1]);
});
after(async () => { await browser?.close(); server?.close(); });

const raceButton = (page) => page.getByRole('button', { name: 'Race a container' });
const clock = (page) => page.locator('.race-clock');

/** Records, in the page, each arrival as it is listed with the clock's text at that moment, and
 * every change of a path's `d` in the map. */
const record = (page) => page.evaluate(() => {
  window.__arrivals = [];
  window.__redrawn = 0;
  const list = document.querySelector('.race-arrivals');
  new MutationObserver((changes) => {
    for (const c of changes) for (const n of c.addedNodes) {
      if (n.nodeType === 1 && n.matches('li')) window.__arrivals.push({ id: n.dataset.figure, clock: document.querySelector('.race-clock').textContent });
    }
  }).observe(list, { childList: true });
  new MutationObserver((changes) => { window.__redrawn += changes.length; })
    .observe(document.querySelector('svg.map'), { subtree: true, attributes: true, attributeFilter: ['d'] });
});

/** A marker's centre and its finish's, on the screen. */
const markerAndFinish = (page, id) => page.evaluate((id) => {
  const centre = (el) => { const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
  const marker = document.querySelector(`.race-marker[data-figure="${id}"]`);
  return { marker: centre(marker.querySelector('circle')), finish: centre(document.querySelector(`[data-node="${marker.dataset.finish}"]`)) };
}, id);

test('the race: containers arrive in the order of their days, the clock at each arrival as the data says, at their finish', async () => {
  assert.ok(expected.length >= 3, 'the default story races at least three routes');
  const { page, errors, close } = await open(browser, { width: 1280, height: 900 });
  try {
    await page.goto(server.url + '?lang=en');
    await appReady(page);
    await page.locator('svg.map g.leg').first().waitFor();
    await raceButton(page).click();
    // The keyboard's focus moves to the race's first button.
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Pause');
    await page.waitForTimeout(700); // the glide to the race's frame is over
    await record(page);
    const positions = [];
    for (let i = 0; i < 3; i++) {
      positions.push(await page.locator(`.race-marker[data-figure="${expected.at(-1).id}"]`).getAttribute('transform'));
      await page.waitForTimeout(400);
    }
    assert.equal(new Set(positions).size, 3, `the last container moves: ${positions}`);
    await page.locator('.race-arrival').nth(expected.length - 1).waitFor({ timeout: 30_000 });
    const arrivals = await page.evaluate(() => window.__arrivals);
    assert.deepEqual(arrivals.map((a) => a.id), expected.map((e) => e.id), 'arrival order');
    for (const [i, e] of expected.entries()) {
      assert.equal(arrivals[i].clock, `Day ${e.days[0]}`, `${e.id}: the clock as it arrived`);
      const row = page.locator('.race-arrival').nth(i);
      const text = asRead(await row.textContent());
      const range = e.days[0] === e.days[1] ? `${e.days[0]} days` : `${e.days[0]}–${e.days[1]} days`;
      assert.ok(text.includes(`arrives on day ${e.days[0]}`) && text.includes(range), text);
      assert.match(text, /\[\d+\]/, `${e.id} names its source`);
      assert.equal(text.includes('claimed, no source found'), e.claimed, `${e.id}: claimed or not`);
      const { marker, finish } = await markerAndFinish(page, e.id);
      // Containers at one finish stack northwards, 13 px apart.
      assert.ok(Math.abs(marker.x - finish.x) < 1.5 && finish.y - marker.y > -1.5 && finish.y - marker.y < 13 * expected.length,
        `${e.id} at its finish: ${JSON.stringify({ marker, finish })}`);
    }
    assert.equal(await clock(page).textContent(), `Day ${expected.at(-1).days[0]}`, 'the clock stops at the last arrival');
    assert.equal(await page.evaluate(() => window.__redrawn), 0, 'no path redrawn during the race');
    assert.equal(await page.locator('.race-marker.claimed text').textContent(), `Day ${expected.find((e) => e.claimed).days[0]} · claim`);
    await page.screenshot({ path: join(shots, 'race-1280.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the race pauses, resumes, restarts and ends from the keyboard', async () => {
  const { page, errors, close } = await open(browser, { width: 390, height: 800 });
  try {
    await page.goto(server.url + '?lang=en');
    await appReady(page);
    await raceButton(page).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter'); // the focus is on Pause
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const paused = await clock(page).textContent();
    await page.waitForTimeout(800);
    assert.equal(await clock(page).textContent(), paused, 'the clock stands while paused');
    assert.notEqual(paused, 'Day 0');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForFunction((before) => document.querySelector('.race-clock').textContent !== before, paused);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Restart
    await page.waitForFunction(() => /^Day [0-2]$/.test(document.querySelector('.race-clock').textContent));
    assert.equal(await page.locator('.race-arrival').count(), 0, 'a restarted race has no arrivals yet');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // End the race
    await raceButton(page).waitFor();
    assert.equal(await page.locator('.race-marker').count(), 0, 'no container is left on the map');
    assert.equal(asRead(await page.evaluate(() => document.activeElement.textContent.trim())), 'Race a container ›');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('with reduced motion, the race is its finish at once: every container at its finish, every route\'s days', async () => {
  const { page, errors, close } = await open(browser, { width: 390, height: 800 }, { reducedMotion: 'reduce' });
  try {
    await page.goto(server.url + '?lang=de');
    await appReady(page);
    await page.getByRole('button', { name: 'Container-Wettrennen' }).click();
    await page.locator('.race-arrival').nth(expected.length - 1).waitFor({ timeout: 2_000 });
    assert.equal(await clock(page).textContent(), `Tag ${expected.at(-1).days[0]}`);
    assert.equal(await page.getByRole('button', { name: 'Anhalten' }).count(), 0, 'nothing to pause');
    await page.getByText('Ohne Bewegung, wie Ihr System es wünscht').waitFor();
    for (const e of expected) {
      const { marker, finish } = await markerAndFinish(page, e.id);
      assert.ok(Math.abs(marker.x - finish.x) < 1.5, `${e.id} at its finish`);
    }
    await page.locator('.race').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'race-390-reduced.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
