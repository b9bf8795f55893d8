// Routes and filter state live in the URL hash, so every view can be bookmarked and shared:
//   #/?type=ASSAULT&since=2024-03-01&page=2   #/event/ID   #/article/ID

export const FILTER_KEYS = ['type', 'actor', 'country', 'since', 'until', 'min_sources', 'conflicts', 'q'];

export function parseHash(hash = window.location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const pathPart = qi < 0 ? raw : raw.slice(0, qi);
  const path = pathPart.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  const sp = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1));
  const state = {};
  for (const k of FILTER_KEYS) if (sp.get(k)) state[k] = sp.get(k);
  state.conflicts = sp.get('conflicts') === 'true';
  state.page = Math.max(0, parseInt(sp.get('page') || '0', 10) || 0);
  return { path, state };
}

export function exploreHash(state) {
  const sp = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = state[k];
    if (k === 'conflicts') { if (v) sp.set(k, 'true'); } else if (v) sp.set(k, v);
  }
  if (state.page) sp.set('page', String(state.page));
  const q = sp.toString();
  return q ? `#/?${q}` : '#/';
}

export const eventHash = (id) => `#/event/${encodeURIComponent(id)}`;
export const articleHash = (id) => `#/article/${encodeURIComponent(id)}`;

/** Key of the filters that decide which events match, optionally ignoring the date range. */
export function filterKey(state, { dates = true } = {}) {
  return FILTER_KEYS.filter((k) => dates || (k !== 'since' && k !== 'until'))
    .map((k) => `${k}=${state[k] || ''}`).join('&');
}
