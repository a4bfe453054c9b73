// The basemap's rings and lines are delta-encoded integers (src/basemap/mod.rs): decoded here
// for the reference pages, by the MapLibre build (build.mjs) and in the d3-geo page (d3/main.js).
export function decode(flat, scale) {
  const out = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < flat.length; i += 2) {
    x += flat[i];
    y += flat[i + 1];
    out.push([x / scale, y / scale]);
  }
  return out;
}
