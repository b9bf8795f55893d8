// Event page: the consensus, where the sources disagree (side by side) and every source's
// evidence sentence with its spans highlighted.
import { h, fill, link, extLink } from './dom.js';
import { getEvent } from './api.js';
import { articleHash, eventHash } from './state.js';
import { claimValue, figure, names, placeName, typeBadge } from './format.js';
import { highlight, legend } from './highlight.js';
import { SPAN_KINDS } from './colors.js';
import { setStatus } from './status.js';

const FIELD_KIND = { killed: 'killed', injured: 'injured', actor: 'actor', target: 'target', place: 'place', date: 'date' };

export async function showEvent(view, id) {
  fill(view, h('p', { class: 'muted' }, 'Loading event…'));
  const ev = await getEvent(id);
  setStatus(`${ev.type} · ${ev.date || 'undated'}`);
  document.title = `${ev.type} ${ev.date || ''} · eventwire`;
  fill(view,
    h('p', {}, link('#/', '‹ All events')),
    h('section', { class: 'card' },
      h('h1', {}, typeBadge(ev.type), ' ', names(ev.actors) || 'Unknown actor', ' → ',
        names(ev.targets) || 'no target', ' · ', placeName(ev.location), ' · ', ev.date || 'undated'),
      facts(ev)),
    ev.conflicts?.length ? h('section', { class: 'card conflicts', 'aria-label': 'conflicting claims' },
      h('h2', {}, `Sources disagree (${ev.conflicts.length})`), ev.conflicts.map(conflict)) : null,
    h('section', { class: 'card sources', 'aria-label': 'sources' },
      h('h2', {}, `Sources (${(ev.sources || []).length})`), legend(SPAN_KINDS), (ev.sources || []).map(source)));
}

function facts(ev) {
  const loc = ev.location;
  const rows = [
    ['Type', [ev.type, ev.mode].filter(Boolean).join(' / ')],
    ['CAMEO / ACLED', [ev.cameo, ev.acled_event_type, ev.acled_sub_event_type].filter(Boolean).join(' · ') || '–'],
    ['Date', ev.date || 'unknown'],
    ['Place', loc ? `${placeName(loc)}${loc.lat != null ? ` (${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}; ${loc.precision || '?'})` : ''}` : 'unknown'],
    ['Actors', names(ev.actors) || '–'],
    ['Targets', names(ev.targets) || '–'],
    ['Killed', figure(ev.killed)],
    ['Injured', figure(ev.injured)],
    ['Sources', `${ev.n_sources} independent, ${ev.n_articles} articles`],
    ['Reported', `${ev.first_reported || '?'} to ${ev.last_reported || '?'}`],
    ['Outlets', (ev.outlets || []).join(', ')],
    ['Support', Object.entries(ev.support || {}).map(([k, n]) => `${k} ${n}`).join(', ') || '–'],
  ];
  return h('dl', { class: 'facts' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function conflict(c) {
  const kind = FIELD_KIND[c.field] || 'trigger';
  return h('div', { class: 'conflict', 'data-field': c.field },
    h('p', {}, h('strong', {}, c.field), ` — ${c.kind === 'rising_toll' ? 'rising toll (later reports give more)' : 'contradiction'}`),
    h('div', { class: 'sides' }, c.claims.map((cl) => h('div', { class: 'side' },
      h('div', { class: 'who' }, link(articleHash(cl.article_id), cl.outlet || cl.article_id)),
      h('div', { class: 'muted' }, cl.published || 'undated'),
      h('div', { class: 'value' }, claimValue(cl.value)),
      h('blockquote', { class: 'evidence' }, words(cl, kind))))));
}

// The claim's sentence with its words marked, else just the words.
function words(cl, kind) {
  const s = cl.sentence;
  if (s && s.text && cl.rel_start != null) {
    return highlight(s.text, [{ start: cl.rel_start, end: cl.rel_end, kind, title: `${kind}: ${claimValue(cl.value)}` }]);
  }
  return h('mark', { class: `hl hl-${kind}`, 'data-kinds': kind }, cl.evidence?.text || '');
}

function source(s) {
  const ev = s.evidence || {};
  const spans = ev.spans || [];
  const inside = spans.filter((sp) => sp.rel_start != null && sp.rel_end != null);
  const outside = spans.filter((sp) => sp.rel_start == null || sp.rel_end == null);
  const marks = inside.map((sp) => ({ start: sp.rel_start, end: sp.rel_end, kind: sp.role, title: spanTitle(sp) }));
  const figs = Object.entries(s.figures || {}).filter(([, f]) => f)
    .map(([k, f]) => `${k}: ${figure(f)}${f.text ? ` (“${f.text}”)` : ''}`);
  return h('article', { class: 'source', 'data-mention': s.mention_id },
    h('div', { class: 'who' }, s.outlet || 'unknown outlet', h('span', { class: 'muted' }, ` · ${s.published || 'undated'}`),
      s.duplicate_of ? h('span', { class: 'badge' }, `copy of ${s.duplicate_of}`) : null),
    h('div', {}, link(articleHash(s.article_id), s.title || s.article_id),
      s.url ? [' · ', extLink(s.url, 'original')] : null),
    h('div', { class: 'muted' }, [s.factuality, s.confidence != null ? `confidence ${s.confidence}` : null,
      ...figs].filter(Boolean).join(' · ')),
    h('blockquote', { class: 'evidence' }, ev.sentence ? highlight(ev.sentence.text, marks) : 'no evidence sentence'),
    outside.length ? h('p', { class: 'muted outside' }, 'Elsewhere in the article: ',
      outside.map((sp) => [h('mark', { class: `hl hl-${sp.role}`, 'data-kinds': sp.role, title: spanTitle(sp) }, sp.text), ' '])) : null);
}

const spanTitle = (sp) => `${sp.role}${sp.label != null && sp.label !== sp.text ? `: ${sp.label}` : ''}`;

export { eventHash };
