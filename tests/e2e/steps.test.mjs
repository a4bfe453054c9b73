// End-to-end: the story told step by step (the story's `steps`). Next and Previous, the arrow
// keys and a link with ?step= lead to the same steps, each with its text, its corridors and its
// view; the view glides there within 600 ms, or jumps for a reader who asks for reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, shots, readDataset, appReady, asRead } from './harness.mjs';

let server, browser, data;
before(async () => { server = await serve(); browser = await launch(); data = JSON.parse(await readDataset()); });
after(async () => { await browser?.close(); server?.close(); });

const transform = (page) => page.locator('svg.map g.routes-layer').getAttribute('transform');
const scaleOf = (t) => Number(/scale\(([\d.]+)\)/.exec(t)[1]);

/** Waits until the map's view stops moving, and returns it. */
async function settled(page) {
  let last = await transform(page);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(60);
    const now = await transform(page);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** What the reader sees of the current step. */
async function seen(page) {
  return {
    id: await page.locator('section.story-steps').getAttribute('data-step'),
    title: asRead(await page.locator('.story-steps .step-title').textContent()).trim(),
    count: asRead(await page.locator('.story-steps .step-count').textContent()).trim(),
    corridors: await page.evaluate(() => [...new Set([...document.querySelectorAll('svg.map g.leg')]
      .filter((g) => getComputedStyle(g).display !== 'none' && g.getAttribute('display') !== 'none')
      .map((g) => [...g.classList].find((c) => c.startsWith('corridor-')).slice(9)))].sort()),
    view: await settled(page),
  };
}

async function walk(page, move) {
  const steps = [];
  for (let i = 0; i < data.story.steps.length; i++) {
    if (i > 0) await move();
    await page.locator(`section.story-steps[data-step="${data.story.steps[i].id}"]`).waitFor();
    steps.push(await seen(page));
  }
  return steps;
}

test('Next, the arrow keys and ?step= show the same steps, each with its text, corridors and view', async () => {
  const expected = data.story.steps;
  assert.ok(expected.length >= 5 && expected.length <= 7, 'the default story tells 5–7 steps');
  const allCorridors = data.corridors.map((c) => c.id).sort();
  const runs = {};
  for (const [name, width, height] of [['buttons', 1280, 900], ['keys', 1280, 900]]) {
    const { page, errors, close } = await open(browser, { width, height });
    try {
      await page.goto(server.url + '?lang=en');
      await appReady(page);
      await page.getByRole('button', { name: `The story in ${expected.length} steps ›` }).click();
      const next = page.locator('.story-steps').getByRole('button', { name: 'Next' });
      // The keyboard's focus goes to Next with the first step, so the arrow keys work at once.
      if (name === 'keys') assert.equal(await page.evaluate(() => document.activeElement.className), 'step-next');
      runs[name] = await walk(page, name === 'buttons' ? () => next.click() : () => page.keyboard.press('ArrowRight'));
      if (name === 'buttons') {
        assert.equal(await next.getAttribute('aria-disabled'), 'true', 'Next stops at the last step');
        await next.click({ force: true });
        await page.locator(`section.story-steps[data-step="${expected.at(-1).id}"]`).waitFor();
        await page.keyboard.press('ArrowLeft');
        await page.locator(`section.story-steps[data-step="${expected.at(-2).id}"]`).waitFor();
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
  for (const [i, step] of expected.entries()) {
    const [a, b] = [runs.buttons[i], runs.keys[i]];
    assert.equal(a.id, step.id);
    assert.equal(a.title, step.title.en);
    assert.equal(a.count, `Step ${i + 1} of ${expected.length}`);
    assert.deepEqual(a.corridors, (step.show ?? allCorridors).slice().sort(), `${step.id}: the corridors shown`);
    assert.deepEqual(b, a, `${step.id}: keys and buttons agree`);
    if (i > 0) assert.notEqual(a.view, runs.buttons[i - 1].view, `${step.id}: the view moves`);
  }
  // A link to each step opens it as the buttons left it.
  const { page, errors, close } = await open(browser, { width: 1280, height: 900 });
  try {
    for (const [i, step] of expected.entries()) {
      await page.goto(server.url + `?lang=en&step=${step.id}`);
      await appReady(page);
      await page.locator(`section.story-steps[data-step="${step.id}"]`).waitFor();
      const direct = await seen(page);
      assert.deepEqual({ ...direct, view: scaleOf(direct.view).toFixed(2) }, { ...runs.buttons[i], view: scaleOf(runs.buttons[i].view).toFixed(2) });
      // Its figures carry their source numbers.
      const figures = await page.locator('.story-steps .step-figures li').count();
      assert.equal(figures, step.figures.length, `${step.id}: its figures`);
      assert.equal(await page.locator('.story-steps .step-figures li .source-marker').count(), figures);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the text alternative lists every step, in order, as plain text', async () => {
  const { page, errors, close } = await open(browser, { width: 1280, height: 900 });
  try {
    await page.goto(server.url + '?lang=en');
    await appReady(page);
    const items = page.locator('.text-alternative .steps-list ol > li');
    await items.first().waitFor();
    const texts = await items.allTextContents();
    assert.deepEqual(texts.map((t) => asRead(t).trim()), data.story.steps.map((s) => `${s.title.en} ${s.text.en}`));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a step glides to its view within 600 ms, and jumps under reduced motion; the text is announced', async () => {
  const second = data.story.steps[1];
  for (const reduce of [false, true]) {
    const { page, errors, close } = await open(browser, { width: 1280, height: 900 }, reduce ? { reducedMotion: 'reduce' } : {});
    try {
      await page.goto(server.url + `?lang=en&step=${data.story.steps[0].id}`);
      await appReady(page);
      await settled(page);
      const from = await transform(page);
      const started = Date.now();
      await page.locator('.story-steps').getByRole('button', { name: 'Next' }).click();
      await page.locator(`section.story-steps[data-step="${second.id}"]`).waitFor();
      const soon = await transform(page);
      const end = await settled(page);
      const took = Date.now() - started;
      if (reduce) {
        assert.equal(soon, end, 'reduced motion: the view is there at once');
      } else {
        assert.notEqual(soon, end, 'the view moves on its way');
        assert.notEqual(from, end);
        assert.ok(took < 600 + 800, `it settles in ${took} ms (600 ms of glide and the settling checks)`);
      }
      assert.equal(await page.locator('.story-steps .step-body').getAttribute('aria-live'), 'polite');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('every step at 390 and 1280 px, for the screenshots', async () => {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    const { page, errors, close } = await open(browser, { width, height });
    try {
      for (const step of data.story.steps) {
        await page.goto(server.url + `?lang=en&step=${step.id}`);
        await appReady(page);
        await page.locator(`section.story-steps[data-step="${step.id}"]`).waitFor();
        await settled(page);
        await page.screenshot({ path: join(shots, `step-${step.id}-${width}.png`), fullPage: width === 390 });
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

/** The step the formula gives for the iframe's place, as the app works it out. */
const expectedStep = ({ top, height, viewport }, count) =>
  Math.min(count - 1, Math.floor(Math.min(1, Math.max(0, (viewport - top) / (viewport + height))) * count));

test('a part=steps embed steps as the article scrolls: by the embed snippet, and by a Pym.js parent', async () => {
  const { readFile } = await import('node:fs/promises');
  const { createRequire } = await import('node:module');
  const pym = await readFile(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
  const snippet = (await readFile(new URL('../../README.md', import.meta.url), 'utf8')).split('\n').find((l) => l.startsWith('<script>(function(){var s=[]'));
  assert.ok(snippet, 'the README shows the snippet');
  const count = data.story.steps.length;
  const src = server.url + '?lang=en&embed=1&id=steps&part=steps';
  const filler = '<p style="height:1400px">Article text.</p>';
  const pages = {
    snippet: `<!doctype html><html><body style="margin:0">${filler}<iframe src="${src}" style="border:0;width:100%;height:900px"></iframe>${filler}${snippet}</body></html>`,
    pym: `<!doctype html><html><body style="margin:0">${filler}<div id="steps"></div>${filler}<script src="pym.v1.min.js"></script>
<script>new pym.Parent('steps', ${JSON.stringify(src)}, { trackscroll: true, scrollwait: 0 });</script></body></html>`,
  };
  for (const [name, body] of Object.entries(pages)) {
    const { page, errors, close } = await open(browser, { width: 1280, height: 800 });
    try {
      await page.route(server.url + 'host.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
      await page.route(server.url + 'pym.v1.min.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: pym }));
      await page.goto(server.url + 'host.html');
      const frame = page.frameLocator('iframe');
      await frame.locator('section.story-steps').waitFor();
      // The step at each place, once the embed has settled (its height follows the step's text,
      // so the formula's height is the tallest the iframe has been).
      const seenSteps = [];
      let tallest = 0;
      for (let y = 800; y <= 3400; y += 200) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        await page.waitForTimeout(250);
        const place = await page.locator('iframe').evaluate((f) => { const r = f.getBoundingClientRect(); return { top: r.top, height: r.height, viewport: innerHeight }; });
        tallest = Math.max(tallest, place.height);
        const want = data.story.steps[expectedStep({ ...place, height: tallest }, count)].id;
        await frame.locator(`section.story-steps[data-step="${want}"]`).waitFor();
        if (seenSteps.at(-1) !== want) seenSteps.push(want);
      }
      // Scrolled through, the article shows every step in order.
      assert.deepEqual(seenSteps, data.story.steps.map((s) => s.id), `${name}: ${seenSteps}`);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});
