// Article page: the stored text with every extracted event's sentence shaded, its spans
// highlighted and a numbered link to the fused event it belongs to.
import { h, fill, link, extLink } from './dom.js';
import { getArticle } from './api.js';
import { eventHash } from './state.js';
import { headline, placeName, tolls, typeBadge } from './format.js';
import { highlight, legend } from './highlight.js';
import { SPAN_KINDS } from './colors.js';
import { setStatus } from './status.js';

export async function showArticle(view, id) {
  fill(view, h('p', { class: 'muted' }, 'Loading article…'));
  const a = await getArticle(id);
  setStatus(`${a.events.length} events in this article`);
  document.title = `${a.title || a.id} · eventwire`;
  const marks = [];
  const wraps = [];
  const badges = [];
  a.events.forEach((ev, i) => {
    const n = i + 1;
    const s = ev.evidence?.sentence;
    if (s) {
      wraps.push({ start: s.start, end: s.end, cls: 'sent', attrs: { 'data-event': String(n) } });
      const label = `[${n}]`;
      badges.push({
        pos: s.start,
        node: ev.event_id ? h('a', { href: eventHash(ev.event_id), class: 'evno', title: `event ${n}: ${ev.type}` }, label)
          : h('span', { class: 'evno', title: 'mention of an older version' }, label),
      });
    }
    for (const sp of ev.evidence?.spans || []) {
      marks.push({ start: sp.start, end: sp.end, kind: sp.role, title: `${n}: ${sp.role}${sp.label ? ` (${sp.label})` : ''}` });
    }
  });
  fill(view,
    h('p', {}, link('#/', '‹ All events')),
    h('section', { class: 'card' },
      h('h1', {}, a.title || a.id),
      h('p', { class: 'muted' }, [a.outlet || 'unknown outlet', a.published || 'undated',
        a.versions?.length > 1 ? `version ${a.version} of ${a.versions.length}` : null,
        a.duplicate_of ? `copy of ${a.duplicate_of}` : null].filter(Boolean).join(' · '),
      a.url ? [' · ', extLink(a.url, a.url)] : null),
      legend(SPAN_KINDS),
      h('div', { class: 'article-text' }, highlight(a.text, marks, { wraps, badges }))),
    h('section', { class: 'card' }, h('h2', {}, `Events in this article (${a.events.length})`),
      h('ol', { class: 'events' }, a.events.map((ev) => h('li', {},
        typeBadge(ev.type),
        h('span', { class: 'title' }, ev.event_id ? link(eventHash(ev.event_id), summary(ev)) : summary(ev)),
        h('span', { class: 'meta' }, [ev.date || 'undated', placeName(ev.location), tolls(ev), ev.factuality]
          .filter(Boolean).join(' · ')))))));
}

const summary = (ev) => headline(ev);
