// The same map as corridor-explorer's first screen, the way a graphics desk writes it by hand
// with d3-geo: the same dataset and basemap files (the basemap's delta-encoded rings decoded
// here), the same projection (Lambert conformal conic, 62° E, parallels 35° and 60°, fitted to
// the story's frame), land, borders, legs, places and the main places' names. No interaction
// beyond what the benchmark needs: window.__drawn (the map painted) and window.__select(i).
import { geoArea, geoConicConformal, geoPath } from 'd3-geo';
import { decode } from '../decode.mjs';

const colours = { middle: '#d55e00', northern: '#0072b2', air: '#cc79a7', sea: '#009e73' };
const ns = 'http://www.w3.org/2000/svg';

function element(name, attributes, parent) {
  const e = document.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  parent.appendChild(e);
  return e;
}

/** What the map frames: the story's frame if it names one, else its routes (not the comparison
 * corridors), as the app does. */
function framed(data) {
  if (data.story.frame) {
    const [[w, s], [e, n]] = data.story.frame;
    const points = [];
    for (let i = 0; i <= 16; i++) {
      const t = i / 16;
      points.push([w + (e - w) * t, s], [w + (e - w) * t, n], [w, s + (n - s) * t], [e, s + (n - s) * t]);
    }
    return { type: 'MultiPoint', coordinates: points };
  }
  const comparison = new Set(data.corridors.filter((c) => c.role === 'comparison').map((c) => c.id));
  const routes = data.features.filter((f) => f.geometry.type === 'LineString' && !comparison.has(f.properties.corridor));
  return { type: 'FeatureCollection', features: routes };
}

async function draw() {
  const [data, basemap] = await Promise.all(['data/corridors.geojson', 'data/basemap.json'].map((f) => fetch(f).then((r) => r.json())));
  const svg = document.getElementById('map');
  const width = svg.clientWidth;
  const height = width < 500 ? Math.max(width * 0.9, 260) : Math.min(Math.max(width * 0.56, 300), 680);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('height', height);
  const margin = width < 500 ? [12, 12, 12, 12] : [28, 28, 28, 80];
  const projection = geoConicConformal().rotate([-62, 0]).parallels([35, 60])
    .fitExtent([[margin[3], margin[0]], [width - margin[1], height - margin[2]]], framed(data));
  const path = geoPath(projection);
  // d3-geo's polygons are spherical: a ring wound the other way is the rest of the globe.
  const rings = basemap.land.map((ring) => decode(ring, basemap.scale))
    .map((ring) => (geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI ? ring.reverse() : ring));
  const land = { type: 'MultiPolygon', coordinates: rings.map((ring) => [ring]) };
  const borders = { type: 'MultiLineString', coordinates: basemap.borders.map((line) => decode(line, basemap.scale)) };
  element('path', { class: 'land', d: path(land) }, svg);
  element('path', { class: 'borders', d: path(borders) }, svg);
  const legs = data.features.filter((f) => f.geometry.type === 'LineString');
  for (const leg of legs) {
    const p = leg.properties;
    element('path', { class: `leg mode-${p.mode}`, stroke: colours[p.corridor] ?? '#555', d: path(leg) }, svg);
  }
  for (const node of data.features.filter((f) => f.geometry.type === 'Point')) {
    const [x, y] = projection(node.geometry.coordinates);
    element('circle', { class: 'node', cx: x, cy: y, r: 4 }, svg);
    if (node.properties.rank === 1) element('text', { class: 'label', x: x + 7, y: y + 4 }, svg).textContent = node.properties.name.en;
  }
  const drawn = [...svg.querySelectorAll('.leg')];
  window.__select = (i) => {
    svg.querySelector('.leg.selected')?.classList.remove('selected');
    drawn[i % drawn.length].classList.add('selected');
  };
  requestAnimationFrame(() => { window.__drawn = performance.now(); });
}

draw();
