// The filter form. Any change calls onChange(newFilters); text fields wait for a pause in typing.
import { h } from './dom.js';
import { TYPES } from './colors.js';

export function createFilters(container, onChange) {
  const typeSel = h('select', { name: 'type' }, h('option', { value: '' }, 'any type'),
    TYPES.map((t) => h('option', { value: t }, t)));
  const countrySel = h('select', { name: 'country' }, h('option', { value: '' }, 'any country'));
  const actor = h('input', { name: 'actor', type: 'search', placeholder: 'name or ISO-3, e.g. RUS' });
  const q = h('input', { name: 'q', type: 'search', placeholder: 'words in evidence or titles' });
  const since = h('input', { name: 'since', type: 'date' });
  const until = h('input', { name: 'until', type: 'date' });
  const minSources = h('input', { name: 'min_sources', type: 'number', min: 1, step: 1, placeholder: '1' });
  const conflicts = h('input', { name: 'conflicts', type: 'checkbox' });
  const form = h('form', { role: 'search', 'aria-label': 'filter events' },
    h('label', {}, 'Text', q),
    h('label', {}, 'Event type', typeSel),
    h('label', {}, 'Actor', actor),
    h('label', {}, 'Country', countrySel),
    h('div', { class: 'row' }, h('label', {}, 'From', since), h('label', {}, 'To', until)),
    h('label', {}, 'Min. independent sources', minSources),
    h('label', { class: 'check' }, conflicts, 'Only events whose sources disagree'),
    h('button', { type: 'reset' }, 'Clear filters'));
  const details = h('details', { open: window.matchMedia('(min-width: 900px)').matches },
    h('summary', {}, 'Filters'), form);
  container.append(details);

  const read = () => ({
    type: typeSel.value, actor: actor.value.trim(), country: countrySel.value, q: q.value.trim(),
    since: since.value, until: until.value, conflicts: conflicts.checked,
    min_sources: minSources.value && Number(minSources.value) > 1 ? String(parseInt(minSources.value, 10)) : '',
  });
  let timer = null;
  const changed = () => { clearTimeout(timer); onChange(read()); };
  form.addEventListener('change', changed);
  form.addEventListener('submit', (e) => { e.preventDefault(); changed(); });
  form.addEventListener('input', (e) => {
    if (e.target.type !== 'search') return;
    clearTimeout(timer);
    timer = setTimeout(changed, 350);
  });
  form.addEventListener('reset', () => setTimeout(changed)); // after the fields are cleared

  return {
    /** Show the state's values (from the URL) in the fields. */
    set(state) {
      typeSel.value = state.type || '';
      ensureOption(countrySel, state.country);
      countrySel.value = state.country || '';
      for (const [el, k] of [[actor, 'actor'], [q, 'q'], [since, 'since'], [until, 'until'],
        [minSources, 'min_sources']]) {
        if (document.activeElement !== el) el.value = state[k] || '';
      }
      conflicts.checked = !!state.conflicts;
    },
    /** Country choices with their event counts (from /api/stats). */
    setCountries(byCountry) {
      const current = countrySel.value;
      countrySel.replaceChildren(h('option', { value: '' }, 'any country'),
        byCountry.filter((c) => c.country).map((c) => h('option', { value: c.country }, `${c.country} (${c.n})`)));
      ensureOption(countrySel, current);
      countrySel.value = current;
    },
  };
}

function ensureOption(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.append(h('option', { value }, value));
  }
}
