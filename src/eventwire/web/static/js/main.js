// Hash router: #/ (explore), #/event/ID, #/article/ID.
import { h, fill, link } from './dom.js';
import { parseHash } from './state.js';
import { createExplore } from './explore.js';
import { showEvent } from './event.js';
import { showArticle } from './article.js';
import { setStatus } from './status.js';

const view = document.getElementById('view');
let explore = null; // kept while on the explore page so the map is not rebuilt per filter

// Filter changes replace the history entry (typing must not fill the back button's history).
function navigate(hash) {
  if (hash === window.location.hash) return;
  window.history.replaceState(null, '', hash);
  route();
}

function route() {
  const { path, state } = parseHash();
  const [page, id] = path;
  if (page !== 'event' && page !== 'article' && explore) { explore.update(state); return; }
  window.scrollTo(0, 0); // a new page, not a filter change
  if (page === 'event' && id) { explore = null; show(showEvent(view, id)); return; }
  if (page === 'article' && id) { explore = null; show(showArticle(view, id)); return; }
  document.title = 'eventwire';
  explore = createExplore(view, navigate);
  explore.update(state);
}

function show(promise) {
  promise.catch((e) => {
    setStatus(`Error: ${e.message}`, true);
    fill(view, h('p', {}, link('#/', '‹ All events')), h('p', { class: 'err' }, e.message));
  });
}

window.addEventListener('hashchange', route);
route();
