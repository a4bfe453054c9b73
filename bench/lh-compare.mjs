import { serveDir } from './serve.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
for (const [name, dir] of [['base', '/tmp/base/dist'], ['now', '/work/main/dist'], ['base', '/tmp/base/dist'], ['now', '/work/main/dist']]) {
  const s = await serveDir(dir);
  const r = await lighthouseMedian(s.url + '?lang=en', 5);
  console.log(name, 'tbt', r.tbt, 'lcp', Math.round(r.lcp), 'samples', r.samples.map((x) => Math.round(x.tbt)).join(','));
  s.close();
}
