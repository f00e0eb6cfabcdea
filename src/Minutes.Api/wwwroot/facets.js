// The search view's filters: body, year, period (from/to), "kun beslutninger" and municipality, each
// with its count. On a wide screen they are a column beside the results; on a phone a drawer opened by
// the "Filtre" button, closed again when a filter is chosen so the results show at once.
import { el, clear, formatCount } from './dom.js';
import { navigate, searchUrl } from './state.js';

const $ = id => document.getElementById(id);
const phone = () => window.matchMedia('(max-width: 56rem)').matches;

export function hideFilters() {
  closeFilters();
  $('filters').hidden = true;
  $('filters-toggle').hidden = true;
  clear($('facets'));
}

function openFilters() {
  $('filters').classList.add('open');
  $('filters-toggle').setAttribute('aria-expanded', 'true');
  $('filters-heading').setAttribute('tabindex', '-1');
  $('filters-heading').focus();
}

function closeFilters({ returnFocus = false } = {}) {
  const wasOpen = $('filters').classList.contains('open');
  $('filters').classList.remove('open');
  $('filters-toggle').setAttribute('aria-expanded', 'false');
  if (wasOpen && returnFocus) $('filters-toggle').focus();
}

let wired = false;

function wireDrawer() {
  if (wired) return;
  wired = true;
  $('filters-toggle').addEventListener('click', () => ($('filters').classList.contains('open') ? closeFilters() : openFilters()));
  $('filters-close').addEventListener('click', () => closeFilters({ returnFocus: true }));
  $('filters').addEventListener('keydown', event => {
    if (event.key === 'Escape' && $('filters').classList.contains('open')) closeFilters({ returnFocus: true });
  });
}

/** Goes to the filtered results; on a phone the drawer closes so the results are what shows. */
function apply(state, change) {
  closeFilters();
  navigate(searchUrl({ ...state, ...change, page: 1 }), { focus: false });
}

/** A facet whose counts are all equal does not tell the options apart: it starts folded. */
const allEqual = values => values.length > 1 && values.every(([, count]) => count === values[0][1]);

/** Facets as radio groups (one body, one year, one municipality), the period and a "kun beslutninger" checkbox. */
export function renderFacets(state, facets) {
  wireDrawer();
  const container = $('facets');
  const focusedKey = document.activeElement?.dataset?.key;
  clear(container);
  const entries = (facet, selected) => {
    const list = Object.entries(facet ?? {});
    if (selected && !list.some(([name]) => name === selected)) list.push([selected, 0]);
    return list;
  };
  const byCount = (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da');

  const group = (legend, name, all, values, selected, change) => {
    const fieldset = el('fieldset', { class: 'facet' }, el('legend', { text: legend }));
    const option = (value, label, count) => {
      const id = `f-${name}-${value ? [...value].map(c => c.codePointAt(0).toString(36)).join('') : 'alle'}`;
      fieldset.append(el('div', { class: 'facet-option' },
        el('input', {
          type: 'radio', name: `facet-${name}`, id, value, 'data-key': id, checked: value === selected,
          onchange: () => apply(state, change(value)),
        }),
        el('label', { for: id }, el('span', { class: 'facet-name', text: label }),
          count === null ? null : el('span', { class: 'count', text: formatCount(count), 'aria-label': `${formatCount(count)} resultater` }))));
    };
    option('', all, null);
    for (const [value, count] of values) option(value, value, count);
    if (allEqual(values) && !selected) {
      container.append(el('details', { class: 'facet-fold', 'data-facet': name },
        el('summary', {}, `${legend} `, el('span', { class: 'meta', text: `(${values.length}, lige mange i hver)` })), fieldset));
    } else {
      container.append(fieldset);
    }
  };

  const bodies = entries(facets.body, state.body).sort(byCount);
  const years = entries(facets.year, state.year).sort((a, b) => b[0].localeCompare(a[0]));
  if (bodies.length > 0) group('Organ', 'body', 'Alle organer', bodies, state.body, v => ({ body: v }));
  if (years.length > 0) group('År', 'year', 'Alle år', years, state.year, v => ({ year: v, from: '', to: '' }));
  container.append(periodForm(state));

  const decisions = facets.kind?.decision ?? 0;
  container.append(el('fieldset', { class: 'facet' }, el('legend', { text: 'Type' }),
    el('div', { class: 'facet-option' },
      el('input', {
        type: 'checkbox', id: 'f-kind-decision', 'data-key': 'f-kind-decision', checked: state.kind === 'decision',
        onchange: event => apply(state, { kind: event.target.checked ? 'decision' : '' }),
      }),
      el('label', { for: 'f-kind-decision' }, el('span', { class: 'facet-name', text: 'Kun beslutninger' }),
        el('span', { class: 'count', text: formatCount(decisions), 'aria-label': `${formatCount(decisions)} resultater` })))));

  // Municipalities of the participants (the API keeps only Danish municipalities and regions): many
  // per meeting, so they come last.
  const municipalities = entries(facets.municipality, state.municipality).sort(byCount);
  if (municipalities.length > 0) group('Kommune', 'municipality', 'Alle kommuner', municipalities, state.municipality, v => ({ municipality: v }));

  $('filters').hidden = false;
  $('filters-toggle').hidden = false;
  if (!phone()) closeFilters();
  if (focusedKey) container.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
}

/** From and to dates: any period, not only whole years. */
function periodForm(state) {
  const from = el('input', { type: 'date', id: 'f-from', name: 'from', value: state.from || (state.year ? `${state.year}-01-01` : '') });
  const to = el('input', { type: 'date', id: 'f-to', name: 'to', value: state.to || (state.year ? `${state.year}-12-31` : '') });
  return el('form', {
    class: 'facet period', 'aria-labelledby': 'f-period-legend',
    onsubmit: event => {
      event.preventDefault();
      let [a, b] = [from.value, to.value];
      if (a && b && a > b) [a, b] = [b, a];
      apply(state, { from: a, to: b, year: '' });
    },
  },
  el('p', { class: 'legend', id: 'f-period-legend', text: 'Periode' }),
  el('div', { class: 'period-fields' },
    el('label', { for: 'f-from', text: 'Fra' }), from,
    el('label', { for: 'f-to', text: 'Til' }), to),
  el('button', { type: 'submit', class: 'secondary', text: 'Vis periode' }));
}
