// Events-per-day histogram with a brush: dragging selects a date range, which filters the
// map and the list (through the URL state). Bars outside the range are greyed.
import { h } from './dom.js';

const { d3 } = window;
const HEIGHT = 120;
const M = { top: 8, right: 8, bottom: 20, left: 28 };
const DAY = 864e5;
const iso = d3.utcFormat('%Y-%m-%d');
const parse = d3.utcParse('%Y-%m-%d');

export function createTimeline(container, onRange) {
  const head = h('div', { class: 'head' });
  const label = h('span', {});
  const clear = h('button', { type: 'button', onclick: () => onRange(null, null) }, 'All dates');
  head.append(label, clear);
  container.append(head);
  const svg = d3.select(container).append('svg')
    .attr('role', 'img').attr('aria-label', 'events per day; drag to select dates');
  let days = [];
  let range = [null, null];
  let x = null;
  let brush = null;
  let brushG = null;

  function draw() {
    svg.selectAll('*').remove();
    const width = Math.max(240, container.clientWidth || 600);
    svg.attr('width', width).attr('height', HEIGHT).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    if (!days.length) {
      svg.append('text').attr('x', 10).attr('y', 40).attr('class', 'muted').text('No dated events.');
      x = null;
      return;
    }
    const first = parse(days[0].date);
    const last = parse(days[days.length - 1].date);
    x = d3.scaleUtc().domain([first, new Date(+last + DAY)]).range([M.left, width - M.right]);
    const y = d3.scaleLinear().domain([0, d3.max(days, (d) => d.n)]).nice()
      .range([HEIGHT - M.bottom, M.top]);
    const bw = Math.max(1, x(new Date(+first + DAY)) - x(first) - 1);
    svg.append('g').attr('class', 'bars').selectAll('rect').data(days).join('rect')
      .attr('class', 'bar').attr('x', (d) => x(parse(d.date)) + 0.5).attr('width', bw)
      .attr('y', (d) => y(d.n)).attr('height', (d) => y(0) - y(d.n))
      .append('title').text((d) => `${d.date}: ${d.n} events` + (d.killed ? `, ${d.killed} killed` : ''));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${HEIGHT - M.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${M.left},0)`)
      .call(d3.axisLeft(y).ticks(3).tickFormat(d3.format('d')));
    brush = d3.brushX().extent([[M.left, M.top], [width - M.right, HEIGHT - M.bottom]])
      .on('end', brushed);
    brushG = svg.append('g').attr('class', 'brush').call(brush);
    show();
  }

  // Only user gestures (sourceEvent set) change the filters; programmatic moves just redraw.
  function brushed({ selection, sourceEvent }) {
    if (!sourceEvent) return;
    if (!selection) { onRange(null, null); return; }
    const since = d3.utcDay.floor(x.invert(selection[0]));
    let until = d3.utcDay.offset(d3.utcDay.ceil(x.invert(selection[1])), -1);
    if (until < since) until = since;
    onRange(iso(since), iso(until));
  }

  // Sync the brush and the greyed bars with the current range.
  function show() {
    const [since, until] = range;
    label.textContent = since || until
      ? `Dates: ${since || '…'} to ${until || '…'}` : 'All dates (drag on the chart to select)';
    clear.disabled = !(since || until);
    if (!x) return;
    const inRange = (d) => (!since || d.date >= since) && (!until || d.date <= until);
    svg.selectAll('rect.bar').classed('out', (d) => !inRange(d));
    const [d0, d1] = x.domain();
    if (since || until) {
      const a = since ? parse(since) : d0;
      const b = until ? new Date(+parse(until) + DAY) : d1;
      brushG.call(brush.move, [x(a < d0 ? d0 : a), x(b > d1 ? d1 : b)]);
    } else {
      brushG.call(brush.move, null);
    }
  }

  let timer = null;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { if (container.isConnected) draw(); }, 150);
  });

  return {
    setDays(byDay) { days = byDay; draw(); },
    setRange(since, until) { range = [since || null, until || null]; show(); },
  };
}
