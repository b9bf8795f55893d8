// The main page: filters, map, timeline and list, all driven by the filter state in the URL.
// Each part refetches only when the filters it depends on change; stale answers are aborted.
import { h } from './dom.js';
import * as api from './api.js';
import { exploreHash, filterKey } from './state.js';
import { createFilters } from './filters.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { createList, PAGE_SIZE } from './list.js';
import { setStatus } from './status.js';

export function createExplore(view, navigate) {
  const filtersEl = h('aside', { class: 'card filters' });
  const mapEl = h('section', { class: 'card map', 'aria-label': 'map' });
  const timeEl = h('section', { class: 'card timeline', 'aria-label': 'timeline' });
  const listEl = h('section', { class: 'card list', 'aria-label': 'event list' });
  view.replaceChildren(h('div', { class: 'explore' }, filtersEl, h('div', {}, mapEl, timeEl, listEl)));

  let state = {};
  const go = (next) => navigate(exploreHash(next));
  const filters = createFilters(filtersEl, (f) => go({ ...f, page: 0 }));
  const map = createMap(mapEl);
  const timeline = createTimeline(timeEl, (since, until) => go({ ...state, since, until, page: 0 }));
  const list = createList(listEl, (d) => go({ ...state, page: Math.max(0, state.page + d) }));
  const keys = {};
  const aborts = {};

  // Run `load` when `key` differs from last time, aborting the previous run of the same part.
  function refresh(part, key, load) {
    if (keys[part] === key) return;
    keys[part] = key;
    aborts[part]?.abort();
    const ctl = new AbortController();
    aborts[part] = ctl;
    load(ctl.signal).catch((e) => {
      if (e.name === 'AbortError') return;
      keys[part] = null;
      setStatus(`Error: ${e.message}`, true);
      if (part === 'list') list.error(e.message);
    });
  }

  api.stats({}).then((s) => filters.setCountries(s.by_country)).catch(() => {});

  return {
    update(next) {
      state = next;
      filters.set(state);
      timeline.setRange(state.since, state.until);
      refresh('timeline', filterKey(state, { dates: false }), async (signal) => {
        const s = await api.stats(state, signal);
        timeline.setDays(s.by_day);
        timeline.setRange(state.since, state.until);
      });
      refresh('map', filterKey(state), async (signal) => {
        const { items, total } = await api.allEvents(state, signal);
        await map.render(items, total);
      });
      refresh('list', `${filterKey(state)}&page=${state.page}`, async (signal) => {
        list.loading();
        const page = await api.listEvents(state, { limit: PAGE_SIZE, offset: state.page * PAGE_SIZE }, signal);
        list.render(page, state.page);
        setStatus(`${page.total} events`);
      });
    },
  };
}
