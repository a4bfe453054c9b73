// Synthetic datasets of a given size: the shipped nodes, figures and sources, with every
// ground leg densified to share `vertices` positions (deterministic jitter, ends kept on their
// nodes, air legs left at their two endpoints as the format requires).
export function synthetic(text, vertices) {
  const data = JSON.parse(text);
  const legs = data.features.filter((f) => f.geometry.type === 'LineString' && f.properties.mode !== 'air');
  const per = Math.max(2, Math.floor(vertices / legs.length));
  let seed = 1;
  const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647 - 0.5; };
  for (const leg of legs) {
    const line = leg.geometry.coordinates;
    const [a, b] = [line[0], line[line.length - 1]];
    const out = [];
    for (let i = 0; i < per; i++) {
      const t = i / (per - 1);
      const wobble = i === 0 || i === per - 1 ? 0 : 0.2;
      out.push([a[0] + (b[0] - a[0]) * t + random() * wobble, a[1] + (b[1] - a[1]) * t + random() * wobble]);
    }
    out[0] = a;
    out[per - 1] = b;
    leg.geometry.coordinates = out;
  }
  return JSON.stringify(data);
}
