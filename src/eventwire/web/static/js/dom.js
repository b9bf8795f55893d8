// DOM helpers. Data (article text, titles, outlet names, actor names) is untrusted, so every
// node is built with createElement/createTextNode: nothing ever goes through an HTML parser.

const SAFE_SCHEMES = new Set(['http:', 'https:']);

/** Element with attributes and children (strings become text nodes, null/false are skipped). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'href' && !isInternal(v)) throw new Error('use extLink() for outside links');
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replace an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

// Our own routes (#/event/...) and same-origin paths only.
function isInternal(v) {
  const s = String(v);
  return s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//'));
}

/** The URL if it is http(s), else null (javascript:, data:, relative junk...). */
export function safeUrl(url) {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url);
    return SAFE_SCHEMES.has(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside page when the URL is http(s); otherwise the URL itself as plain text. */
export function extLink(url, text) {
  const href = safeUrl(url);
  if (!href) return h('span', { class: 'unsafe-url', title: 'not an http(s) link, so not clickable' }, url ?? '');
  const label = text ?? url;
  const a = document.createElement('a');
  a.href = href;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  a.textContent = label;
  return a;
}

/** Internal hash link, e.g. link('#/event/ev-1', 'ev-1'). */
export function link(hash, ...children) {
  return h('a', { href: hash }, ...children);
}

export const fmtInt = (n) => (n == null ? '–' : Number(n).toLocaleString('en'));
