// The JSON API (docs/api.md), same origin. Errors become ApiError with the API's message.

export class ApiError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function url(path, params = {}) {
  const u = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) u.searchParams.set(k, v);
  }
  return u;
}

export async function getJSON(path, params, signal) {
  const r = await fetch(url(path, params), { signal, headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch { /* not JSON: keep the status */ }
  if (!r.ok) {
    const e = body && body.error;
    throw new ApiError((e && e.message) || `HTTP ${r.status}`, r.status, e && e.code);
  }
  return body;
}

/** The /api/events filter parameters of a filter state (see state.js). */
export function filterParams(f, { dates = true } = {}) {
  return {
    type: f.type, actor: f.actor, country: f.country, q: f.q,
    min_sources: f.min_sources, conflicts: f.conflicts ? 'true' : undefined,
    since: dates ? f.since : undefined, until: dates ? f.until : undefined,
  };
}

export const listEvents = (f, { limit, offset }, signal) =>
  getJSON('/api/events', { ...filterParams(f), limit, offset }, signal);

/** Every matching event (for the map), page by page with the keyset cursor, up to `cap`. */
export async function allEvents(f, signal, cap = 5000) {
  const items = [];
  let cursor = null;
  let total = 0;
  do {
    const page = await getJSON('/api/events', { ...filterParams(f), limit: 500, cursor }, signal);
    total = page.total;
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < cap);
  return { items, total };
}

/** Events per day etc. for the filters without the date range (the timeline shows all days). */
export const stats = (f, signal) => getJSON('/api/stats', filterParams(f, { dates: false }), signal);

export const getEvent = (id, signal) => getJSON(`/api/events/${encodeURIComponent(id)}`, {}, signal);
export const getArticle = (id, signal) => getJSON(`/api/articles/${encodeURIComponent(id)}`, {}, signal);
