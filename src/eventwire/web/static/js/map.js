// Event map: country outlines from the world-atlas package (no tile server), one circle per
// located event, area proportional to the death toll (sqrt scale), colour by PLOVER type.
// An event known only to a region or a country sits at that unit's centre: it is drawn as a
// hollow, dashed ring, so it is not read as a place.
import { h, fill } from './dom.js';
import { typeColor, TYPES } from './colors.js';
import { eventHash } from './state.js';
import { placeName, tolls } from './format.js';

const { d3, topojson } = window;
// Location precisions whose point is the centre of an area, not the event's place.
const CENTROID = new Set(['admin2', 'admin1', 'country', 'region']);
const isCentroid = (e) => CENTROID.has(e.location && e.location.precision);
const W = 960;
const H = 460;
let countries = null; // one fetch per page load

function loadCountries() {
  countries ??= d3.json('/vendor/countries-110m.json')
    .then((world) => topojson.feature(world, world.objects.countries));
  return countries;
}

export function createMap(container) {
  const svg = d3.select(container).append('svg')
    .attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img').attr('aria-label', 'map of events');
  const g = svg.append('g');
  const land = g.append('g').attr('class', 'land-layer');
  const dots = g.append('g').attr('class', 'dots');
  const note = h('p', { class: 'note' });
  const legendEl = h('div', { class: 'map-legend' });
  container.append(note, legendEl);
  let k = 1; // zoom factor: circles keep their screen size

  // The page scrolls past the map: plain wheel and one-finger swipes scroll it; Ctrl/⌘+wheel
  // (and trackpad pinch, which arrives as ctrl+wheel), two-finger pinch, drag and double-click
  // zoom and pan the map.
  const zoom = d3.zoom().scaleExtent([1, 40]).translateExtent([[0, 0], [W, H]]).extent([[0, 0], [W, H]])
    .filter((e) => (e.type === 'wheel' ? e.ctrlKey || e.metaKey : !e.button)
      && (!e.touches || e.touches.length > 1))
    .on('zoom', (e) => {
      k = e.transform.k;
      g.attr('transform', e.transform);
      dots.selectAll('circle').attr('r', (d) => d.r / k).attr('stroke-width', 0.8 / k);
      land.selectAll('path').attr('stroke-width', 0.5 / k);
    });
  svg.call(zoom).style('touch-action', 'pan-x pan-y'); // d3 sets 'none', which traps scrolling

  async function render(events, total) {
    const geo = await loadCountries();
    const located = events.filter((e) => e.location && e.location.lat != null && e.location.lon != null);
    // Fit the view to the events (padded, at least ~10 degrees across), else the whole world.
    const projection = d3.geoNaturalEarth1();
    if (located.length) {
      const [[x0, y0], [x1, y1]] = d3.geoBounds({
        type: 'MultiPoint', coordinates: located.map((e) => [e.location.lon, e.location.lat]),
      });
      const pad = Math.max(5, (x1 - x0) * 0.15, (y1 - y0) * 0.15);
      projection.fitExtent([[10, 10], [W - 10, H - 10]], {
        type: 'MultiPoint',
        coordinates: [[x0 - pad, Math.max(-85, y0 - pad)], [x1 + pad, Math.min(85, y1 + pad)]],
      });
    } else {
      projection.fitSize([W, H], geo);
    }
    const path = d3.geoPath(projection);
    land.selectAll('path').data(geo.features).join('path').attr('class', 'land').attr('d', path)
      .attr('stroke-width', 0.5 / k);

    const maxKilled = d3.max(located, (e) => e.killed || 0) || 1;
    const radius = d3.scaleSqrt().domain([0, maxKilled]).range([3.5, 24]);
    const data = located.map((e) => {
      const [x, y] = projection([e.location.lon, e.location.lat]);
      return { e, x, y, r: radius(e.killed || 0) };
    }).sort((a, b) => b.r - a.r); // small circles on top of big ones

    dots.selectAll('circle').data(data, (d) => d.e.id).join('circle')
      .attr('class', (d) => (isCentroid(d.e) ? 'ev centroid' : 'ev')).attr('tabindex', 0).attr('role', 'link')
      .attr('data-id', (d) => d.e.id)
      .attr('cx', (d) => d.x).attr('cy', (d) => d.y).attr('r', (d) => d.r / k)
      .attr('stroke-width', 0.8 / k)
      .attr('fill', (d) => typeColor(d.e.type))
      // centroids: a faint fill inside a dashed ring of the type's colour (inline, over the sheet's rule)
      .style('fill-opacity', (d) => (isCentroid(d.e) ? 0.12 : null))
      .style('stroke', (d) => (isCentroid(d.e) ? typeColor(d.e.type) : null))
      .attr('stroke-dasharray', (d) => (isCentroid(d.e) ? '3 2' : null))
      .attr('aria-label', (d) => label(d.e))
      .on('click', (_, d) => { window.location.hash = eventHash(d.e.id); })
      .on('keydown', (ev, d) => { if (ev.key === 'Enter') window.location.hash = eventHash(d.e.id); })
      .selectAll('title').data((d) => [d]).join('title').text((d) => label(d.e));

    const unplaced = events.length - located.length;
    const centroids = located.filter(isCentroid).length;
    note.textContent = `${located.length} events on the map` +
      (centroids ? ` (${centroids} known only to a region or country: dashed rings at its centre)` : '') +
      (unplaced ? `, ${unplaced} without a known place` : '') +
      (total > events.length ? ` (first ${events.length} of ${total} matching)` : '') +
      '. Ctrl+scroll, pinch or double-click to zoom, drag to pan; click a circle to open the event.';
    fill(legendEl, typeLegend(located), sizeLegend(radius, maxKilled), precisionLegend());
  }
  return { render };
}

function label(e) {
  const where = isCentroid(e) ? `${placeName(e.location)} (centre of the ${e.location.precision})` : placeName(e.location);
  return [e.type, e.date, where, tolls(e)].filter(Boolean).join(' · ');
}

function precisionLegend() {
  const ring = (centroid) => {
    const s = d3.create('svg').attr('width', 16).attr('height', 16).attr('aria-hidden', 'true').attr('class', 'size-sw');
    s.append('circle').attr('cx', 8).attr('cy', 8).attr('r', 6).attr('fill', '#999')
      .attr('fill-opacity', centroid ? 0.12 : 0.6).attr('stroke', centroid ? '#666' : '#fff')
      .attr('stroke-dasharray', centroid ? '3 2' : null);
    return s.node();
  };
  return h('ul', { class: 'legend size', 'aria-label': 'location precision' },
    h('li', {}, ring(false), ' a town or place'),
    h('li', {}, ring(true), ' centre of a region or country'));
}

function typeLegend(located) {
  const present = new Set(located.map((e) => e.type));
  const types = TYPES.filter((t) => present.has(t));
  return h('ul', { class: 'legend', 'aria-label': 'event types' }, types.map((t) => {
    const sw = h('span', { class: 'sw' });
    sw.style.background = typeColor(t);
    return h('li', {}, sw, t);
  }));
}

function sizeLegend(radius, maxKilled) {
  const steps = [...new Set([1, 10, 100, 1000].filter((v) => v <= maxKilled).concat([maxKilled]))];
  return h('ul', { class: 'legend size', 'aria-label': 'circle size' }, 'Circle area = killed:',
    steps.map((v) => {
      const d = 2 * radius(v);
      const s = d3.create('svg').attr('width', d + 2).attr('height', d + 2)
        .attr('aria-hidden', 'true').attr('class', 'size-sw');
      s.append('circle').attr('cx', d / 2 + 1).attr('cy', d / 2 + 1).attr('r', d / 2)
        .attr('fill', '#999').attr('fill-opacity', 0.5);
      return h('li', {}, s.node(), ` ${v}`);
    }));
}
