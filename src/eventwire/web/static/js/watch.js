// The "Watch" panel: what `eventwire watch` follows (GET /api/watch, docs/api.md), in a dialog
// opened from the top bar. Self-contained: it adds its own button and dialog, so the router
// (main.js) need not know it. Refreshes every REFRESH_MS while open. Feed URLs are untrusted
// text: shown as text, linked only through safeUrl (http/https).
import { h, fill, safeUrl } from './dom.js';
import { getJSON } from './api.js';

const REFRESH_MS = 30000; // a feed is polled every few minutes at most: 30 s is fresh enough

function when(iso) {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function feedLink(url) {
  const safe = safeUrl(url);
  if (!safe) return url;
  const a = document.createElement('a'); // outside link: built here, as dom.js's h() refuses them
  a.href = safe;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  a.textContent = url;
  return a;
}

function feedRow(f) {
  return h('tr', { class: f.status === 'failing' ? 'err' : null },
    h('td', {}, feedLink(f.url), f.parent ? h('span', { class: 'muted' }, ` (via #${f.parent})`) : null),
    h('td', {}, f.kind), h('td', {}, f.status),
    h('td', {}, when(f.last_fetch)), h('td', {}, when(f.next_fetch)),
    h('td', {}, String(f.new_articles)), h('td', {}, String(f.pending)),
    h('td', {}, f.last_error || ''));
}

function render(body, box) {
  const pages = Object.entries(body.pages || {}).map(([k, n]) => `${n} ${k}`).join(', ');
  if (!body.feeds.length) {
    fill(box, h('p', { class: 'muted' }, 'No feeds watched. Add one with `eventwire watch add URL`, then run `eventwire watch run`.'));
    return;
  }
  fill(box,
    h('p', { class: 'muted' }, `${body.feeds.length} feeds; pages: ${pages || 'none yet'}.`),
    h('table', { class: 'plain' },
      h('thead', {}, h('tr', {}, ['Feed', 'Kind', 'Status', 'Last fetch', 'Next fetch', 'New articles', 'Pending',
        'Last error'].map((t) => h('th', {}, t)))),
      h('tbody', {}, body.feeds.map(feedRow))));
}

function install() {
  const nav = document.querySelector('header.topbar nav');
  if (!nav || document.getElementById('watch-dialog')) return;
  const box = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  const dialog = h('dialog', { id: 'watch-dialog', 'aria-label': 'Watched feeds' },
    h('h2', {}, 'Watched feeds'), box,
    h('form', { method: 'dialog' }, h('button', {}, 'Close')));
  let timer = null;
  const load = () => getJSON('/api/watch').then((body) => render(body, box))
    .catch((e) => fill(box, h('p', { class: 'err' }, e.message)));
  dialog.addEventListener('close', () => { clearInterval(timer); timer = null; });
  const button = h('button', { type: 'button', class: 'watch-open', onclick: () => {
    dialog.showModal();
    load();
    timer = setInterval(load, REFRESH_MS);
  } }, 'Watch');
  nav.append(' ', button);
  document.body.append(dialog);
}

install();
