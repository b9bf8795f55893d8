// Paginated event list (server-side pages of /api/events).
import { h, fill, link, fmtInt } from './dom.js';
import { eventHash } from './state.js';
import { headline, placeName, tolls, typeBadge } from './format.js';

export const PAGE_SIZE = 20;

export function createList(container, onPage) {
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const list = h('ol', { class: 'events' });
  const prev = h('button', { type: 'button', onclick: () => onPage(-1) }, '‹ Newer');
  const next = h('button', { type: 'button', onclick: () => onPage(+1) }, 'Older ›');
  const pageInfo = h('span', { class: 'muted' });
  container.append(h('h2', {}, 'Events'), summary, list, h('div', { class: 'pager' }, prev, pageInfo, next));

  return {
    loading() { container.setAttribute('aria-busy', 'true'); },
    render(page, pageNo) {
      container.removeAttribute('aria-busy');
      const from = page.total ? pageNo * PAGE_SIZE + 1 : 0;
      const to = pageNo * PAGE_SIZE + page.items.length;
      summary.textContent = `${fmtInt(page.total)} matching events`;
      summary.dataset.total = String(page.total);
      pageInfo.textContent = page.total ? `${from}–${to} of ${fmtInt(page.total)}` : '';
      prev.disabled = pageNo === 0;
      next.disabled = to >= page.total;
      fill(list, page.items.length ? page.items.map(item) : h('li', { class: 'muted' }, 'No events match these filters.'));
    },
    error(msg) {
      container.removeAttribute('aria-busy');
      fill(list, h('li', { class: 'err' }, msg));
    },
  };
}

function item(ev) {
  const meta = [ev.date || 'undated', placeName(ev.location), tolls(ev),
    `${ev.n_sources} source${ev.n_sources === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
  return h('li', { 'data-id': ev.id },
    typeBadge(ev.type),
    h('span', { class: 'title' }, link(eventHash(ev.id), headline(ev)),
      ev.has_conflict ? h('span', { class: 'badge' }, 'sources disagree') : null),
    h('span', { class: 'meta' }, meta));
}
