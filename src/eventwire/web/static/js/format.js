// Readable values. Everything returns strings or DOM nodes built from text.
import { h } from './dom.js';
import { typeColor } from './colors.js';

const QUALIFIERS = { exact: '', at_least: 'at least ', more_than: 'more than ', about: 'about ', up_to: 'up to ' };

export function figure(f) {
  if (f == null) return '–';
  if (typeof f === 'number') return String(f);
  const q = QUALIFIERS[f.qualifier] ?? (f.qualifier ? `${f.qualifier} ` : '');
  return `${q}${f.value}`;
}

/** A conflict claim's value: a figure, an actor/place object, a date string... */
export function claimValue(v) {
  if (v == null) return '–';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map(claimValue).join(', ');
  if ('value' in v && 'qualifier' in v) return figure(v);
  const name = v.name || v.text;
  if (name) return v.country && v.country !== name ? `${name} (${v.country})` : String(name);
  return JSON.stringify(v);
}

export function placeName(loc) {
  if (!loc) return 'no place';
  const parts = [loc.name || loc.text, loc.admin1, loc.country].filter(Boolean);
  return [...new Set(parts)].join(', ') || 'no place';
}

// an implied doer (an arrest's police, guessed from its country) is marked as such
export const names = (list) => (list || [])
  .map((a) => (typeof a === 'string' ? a : (a.name || a.text) && `${a.name || a.text}${a.implied ? ' (implied)' : ''}`))
  .filter(Boolean).join(', ');

/** Who did it to whom, and where, as one line ("Houthis → Yemeni civilians in Taiz"). */
export function headline(ev) {
  const who = names(ev.actors) || 'Unknown actor';
  const whom = names(ev.targets);
  const where = ev.location && (ev.location.name || ev.location.text);
  return `${who}${whom ? ` → ${whom}` : ''}${where ? ` in ${where}` : ''}`;
}

export function typeBadge(type) {
  const b = h('span', { class: 'type' }, type || '?');
  b.style.background = typeColor(type); // CSSOM, allowed by the CSP (no style attribute)
  return b;
}

export function tolls(ev) {
  const out = [];
  if (ev.killed != null) out.push(`${ev.killed} killed`);
  if (ev.injured != null) out.push(`${ev.injured} injured`);
  return out.join(', ');
}
