// The same map as corridor-explorer's, in MapLibre GL JS: the same basemap (converted to
// GeoJSON by bench/reference/build.mjs) and the same dataset as layers, no tiles, no glyphs
// (so no text labels: MapLibre would need a glyph server for them). Hooks for the benchmark:
// window.__drawn (first idle), window.__select(id) (time to the repaint after a selection).
const colours = { middle: '#d55e00', northern: '#0072b2', air: '#cc79a7', sea: '#009e73' };
const map = new maplibregl.Map({
  container: 'map',
  attributionControl: { customAttribution: 'Natural Earth (public domain)' },
  style: {
    version: 8,
    sources: {
      land: { type: 'geojson', data: 'land.geojson' },
      borders: { type: 'geojson', data: 'borders.geojson' },
      corridors: { type: 'geojson', data: 'data/corridors.geojson', promoteId: 'id' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f2' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f4f1ea' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#b9b2a5', 'line-width': 0.7 } },
      {
        id: 'legs', type: 'line', source: 'corridors', filter: ['==', ['geometry-type'], 'LineString'],
        paint: {
          'line-color': ['match', ['get', 'corridor'], 'middle', colours.middle, 'northern', colours.northern,
            'air', colours.air, colours.sea],
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4.5, 2.5],
        },
      },
      {
        id: 'nodes', type: 'circle', source: 'corridors', filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': '#1a1a1a', 'circle-stroke-width': 1.4 },
      },
    ],
  },
  bounds: [[-10, 28], [125, 60]],
});
let selected = null;
map.once('idle', () => { window.__drawn = performance.now(); });
map.on('click', 'legs', (e) => select(e.features[0].id));
function select(id) {
  if (selected !== null) map.setFeatureState({ source: 'corridors', id: selected }, { selected: false });
  selected = id;
  map.setFeatureState({ source: 'corridors', id }, { selected: true });
}
window.__select = select;
window.__map = map;
