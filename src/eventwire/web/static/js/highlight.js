// Highlights without markup: the text is cut at every span boundary and each piece becomes a
// text node, wrapped in <mark> when a span covers it. Offsets come from Python (code points);
// JS strings index UTF-16 units, so they are converted first (emoji etc. would shift them).
import { h } from './dom.js';

/** Code-point offset -> UTF-16 index for `text` (identity when there are no astral chars). */
export function utf16Index(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => Math.max(0, Math.min(i, text.length));
  const map = [0];
  for (const ch of text) map.push(map[map.length - 1] + ch.length);
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

const valid = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start;

/**
 * Fragment of `text` with `marks` ({start, end, kind, title}) as <mark class="hl hl-KIND">,
 * `wraps` ({start, end, cls, attrs}) as outer <span>s (e.g. an event's sentence) and
 * `badges` ({pos, node}) inserted before the character at pos. Offsets are code points into
 * `text`. Overlapping marks share a piece: its data-kinds lists every kind covering it.
 */
export function highlight(text, marks = [], { wraps = [], badges = [] } = {}) {
  text = String(text ?? '');
  const u = utf16Index(text);
  const conv = (list) => list.filter(valid).map((s) => ({ ...s, a: u(s.start), b: u(s.end) }))
    .filter((s) => s.b > s.a);
  const ms = conv(marks);
  const ws = conv(wraps);
  const bs = badges.map((b) => ({ ...b, a: u(b.pos) }));
  const cuts = new Set([0, text.length]);
  for (const s of [...ms, ...ws]) { cuts.add(s.a); cuts.add(s.b); }
  for (const b of bs) cuts.add(b.a);
  const points = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length; i++) {
    const x = points[i];
    for (const b of bs) if (b.a === x) frag.append(b.node);
    const y = points[i + 1];
    if (y === undefined || y <= x) continue;
    let node = document.createTextNode(text.slice(x, y));
    const over = ms.filter((m) => m.a <= x && m.b >= y);
    if (over.length) {
      const kinds = [...new Set(over.map((m) => m.kind))];
      const titles = [...new Set(over.map((m) => m.title || m.kind))];
      node = h('mark', {
        class: ['hl', ...kinds.map((k) => `hl-${k}`)].join(' '),
        'data-kinds': kinds.join(' '),
        title: titles.join('; '),
      }, node);
    }
    const w = ws.find((s) => s.a <= x && s.b >= y);
    if (w) node = h('span', { class: w.cls, ...(w.attrs || {}) }, node);
    frag.append(node);
  }
  return frag;
}

/** Legend: one swatch per kind, styled like the marks it explains. */
export function legend(kinds) {
  return h('ul', { class: 'legend hl-legend', 'aria-label': 'highlight colours' },
    kinds.map(([k, label]) => h('li', {}, h('mark', { class: `hl hl-${k}` }, label))),
    h('li', {}, h('mark', { class: 'hl', 'data-kinds': 'several roles' }, 'dashed: several roles (hover)')));
}
