// PLOVER types -> colours, grouped so that related types share a hue family:
// material conflict reds, verbal conflict oranges, protest/coercion purples,
// cooperation blues/greens, and grey for non-political incidents.
export const TYPE_COLORS = {
  ASSAULT: '#d62728', CRIME: '#8c2d04', COERCE: '#9467bd', SANCTION: '#c994c7',
  MOBILIZE: '#e377c2', PROTEST: '#ff7f0e', THREATEN: '#fd8d3c', ACCUSE: '#fdae6b',
  REJECT: '#bcbd22', REQUEST: '#17becf', INVESTIGATE: '#6b6ecf', RETREAT: '#8c6d31',
  CONCEDE: '#b5cf6b', AID: '#2ca02c', COOPERATE: '#1f77b4', SUPPORT: '#98df8a',
  CONSULT: '#aec7e8', AGREE: '#3182bd', INCIDENT: '#7f7f7f',
};
export const TYPES = Object.keys(TYPE_COLORS);
export const typeColor = (t) => TYPE_COLORS[t] || '#444';

// Evidence highlight kinds, in legend order; colours live in app.css (.hl-KIND).
export const SPAN_KINDS = [
  ['actor', 'actor'], ['target', 'target'], ['place', 'place'], ['date', 'date'],
  ['killed', 'killed'], ['injured', 'injured'], ['instrument', 'weapon'], ['source', 'cited source'],
  ['trigger', 'event word'],
];
