// Lighthouse's default (mobile, simulated slow 4G and 4x CPU slowdown) against Debian's
// Chromium, started here with a debugging port: Lighthouse never downloads a browser.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const child = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--ignore-certificate-errors', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`,
    'about:blank',
  ], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/json/version`);
      return {
        port,
        stop: async () => {
          const exited = new Promise((ok) => child.once('exit', ok));
          child.kill();
          await exited;
          await rm(profile, { recursive: true, force: true, maxRetries: 5 });
        },
      };
    } catch {
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  throw new Error('Chromium did not open its debugging port');
}

/** Median over `runs` of score (0–100), FCP, LCP, TBT (ms) and CLS. */
export async function lighthouseMedian(url, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const chromium = await startChromium();
    try {
      const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const a = result.lhr.audits;
      samples.push({
        score: result.lhr.categories.performance.score * 100,
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        lcpElement: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
      });
    } finally {
      await chromium.stop();
    }
  }
  const pick = (k) => median(samples.map((s) => s[k]));
  const lcpElements = [...new Set(samples.map((s) => s.lcpElement))];
  return { score: pick('score'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), runs, lcpElements, samples };
}
