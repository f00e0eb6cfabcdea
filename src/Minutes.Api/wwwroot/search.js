// The search view: results with facets, filter chips and pages, or in "Spørg" mode the answer panel.
import { getJson } from './api.js';
import { el, clear, formatDate, formatCount, kindLabels, snippet, documentUrl, meetingHref, itemHeading } from './dom.js';
import { navigate, searchUrl, setStatus, showView, focusHeading } from './app.js';
import { renderAnswer } from './answer.js';

const $ = id => document.getElementById(id);
const pageSize = 10;
let generation = 0;

/** Runs the search (or question) in <state> and shows it. */
export async function renderSearch(state, { focus }) {
  const mine = ++generation;
  showView('search-view', state.q);
  const results = $('results');
  clear($('query-info'));
  clear($('answer'));
  clear($('chips'));
  results.setAttribute('aria-busy', 'true');
  delete results.dataset.total;
  clear(results).append(el('p', { class: 'loading', text: state.mode === 'ask' ? 'Finder et svar i referaterne …' : 'Søger i referaterne …' }));
  $('pager').hidden = true;
  setStatus(state.mode === 'ask' ? 'Finder et svar …' : 'Søger …');

  try {
    if (state.mode === 'ask') {
      $('filters').hidden = true;
      const answer = await getJson('/api/ask', {
        q: state.q, summarize: state.summarize ? 'true' : '', body: state.body,
        from: state.year ? `${state.year}-01-01` : '', to: state.year ? `${state.year}-12-31` : '',
      });
      if (mine !== generation) return;
      clear(results);
      renderChips(state);
      renderAnswer($('answer'), state, answer);
      results.append(el('p', { class: 'switch-mode' },
        el('a', { href: searchUrl({ ...state, mode: 'search', page: 1 }), text: `Se alle søgeresultater for »${state.q}«` })));
    } else {
      const data = await getJson('/api/search', {
        q: state.q, limit: pageSize, offset: (state.page - 1) * pageSize,
        body: state.body, kind: state.kind, municipality: state.municipality,
        from: state.year ? `${state.year}-01-01` : '', to: state.year ? `${state.year}-12-31` : '',
      });
      if (mine !== generation) return;
      renderChips(state);
      renderQueryInfo(state, data);
      renderFacets(state, data.facets ?? {});
      renderHits(state, data);
      renderPager(state, data.total);
      const shown = data.hits.length;
      setStatus(data.total === 0
        ? `Ingen resultater for »${state.q}«.`
        : `${formatCount(data.total)} ${data.total === 1 ? 'resultat' : 'resultater'} for »${state.q}«`
          + (data.total > shown ? ` – viser ${formatCount((state.page - 1) * pageSize + 1)}–${formatCount((state.page - 1) * pageSize + shown)}` : '')
          + '.');
    }
  } catch (error) {
    if (mine !== generation) return;
    renderError(results, error, () => renderSearch(state, { focus: true }));
  } finally {
    if (mine === generation) results.setAttribute('aria-busy', 'false');
  }
  if (focus && mine === generation) focusHeading($('status'));
}

export function renderError(container, error, retry) {
  clear(container).append(el('div', { class: 'notice error', role: 'alert' },
    el('h3', { text: 'Noget gik galt' }),
    el('p', { text: error.message ?? 'Der opstod en uventet fejl.' }),
    error.detail ? el('p', { class: 'detail', text: error.detail }) : null,
    el('button', { type: 'button', class: 'secondary', text: 'Prøv igen', onclick: retry })));
  setStatus(error.message ?? 'Der opstod en fejl.');
}

function renderQueryInfo(state, data) {
  const info = $('query-info');
  if (data.didYouMean && data.didYouMean !== state.q) {
    info.append(el('p', { class: 'did-you-mean' }, 'Mente du ',
      el('a', { href: searchUrl({ ...state, q: data.didYouMean, page: 1 }) }, el('strong', { text: data.didYouMean })), '?'));
  }
  if (data.interpretedAs && data.interpretedAs.toLocaleLowerCase('da-DK') !== state.q.toLocaleLowerCase('da-DK')) {
    info.append(el('p', { class: 'interpreted' }, el('span', { class: 'label', text: 'Søgt efter: ' }), data.interpretedAs));
  }
  if (data.total > 0) {
    info.append(el('p', { class: 'history-link' },
      el('a', { href: `${searchUrl(state)}#/historik?q=${encodeURIComponent(state.q)}`, text: `Se beslutningshistorikken for »${state.q}«` })));
  }
}

/** Active filters as removable chips. */
function renderChips(state) {
  const chips = [];
  if (state.body) chips.push(['Organ', state.body, { body: '' }]);
  if (state.year) chips.push(['År', state.year, { year: '' }]);
  if (state.municipality && state.mode !== 'ask') chips.push(['Kommune', state.municipality, { municipality: '' }]);
  // A question is answered from all kinds of passages, so the kind filter only applies to "Søg".
  if (state.mode !== 'ask' && state.kind === 'decision') chips.push(['Type', 'kun beslutninger', { kind: '' }]);
  else if (state.mode !== 'ask' && state.kind) chips.push(['Type', kindLabels[state.kind] ?? state.kind, { kind: '' }]);
  if (chips.length === 0) return;
  const list = el('ul', { class: 'chip-list', 'aria-label': 'Aktive filtre' });
  for (const [name, value, change] of chips) {
    list.append(el('li', {}, el('button', {
      type: 'button', class: 'chip', 'aria-label': `Fjern filteret ${name}: ${value}`,
      onclick: () => navigate(searchUrl({ ...state, ...change, page: 1 }), { focus: false }),
    }, `${name}: ${value}`, el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' }))));
  }
  if (chips.length > 1) {
    list.append(el('li', {}, el('button', {
      type: 'button', class: 'chip clear-all', text: 'Ryd alle filtre',
      onclick: () => navigate(searchUrl({ ...state, body: '', year: '', municipality: '', kind: '', page: 1 }), { focus: false }),
    })));
  }
  $('chips').append(list);
}

/** Facets as radio groups (one body, one year) and a "kun beslutninger" checkbox, each with its count. */
function renderFacets(state, facets) {
  const container = $('facets');
  const focusedKey = document.activeElement?.dataset?.key;
  clear(container);
  const entries = (facet, selected) => {
    const list = Object.entries(facet ?? {});
    if (selected && !list.some(([name]) => name === selected)) list.push([selected, 0]);
    return list;
  };
  const bodies = entries(facets.body, state.body).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'));
  const years = entries(facets.year, state.year).sort((a, b) => b[0].localeCompare(a[0]));

  const group = (legend, name, all, values, selected, change) => {
    const fieldset = el('fieldset', { class: 'facet' }, el('legend', { text: legend }));
    const option = (value, label, count) => {
      const id = `f-${name}-${value ? [...value].map(c => c.codePointAt(0).toString(36)).join('') : 'alle'}`;
      fieldset.append(el('div', { class: 'facet-option' },
        el('input', {
          type: 'radio', name: `facet-${name}`, id, value, 'data-key': id, checked: value === selected,
          onchange: () => navigate(searchUrl({ ...state, ...change(value), page: 1 }), { focus: false }),
        }),
        el('label', { for: id }, el('span', { class: 'facet-name', text: label }),
          count === null ? null : el('span', { class: 'count', text: formatCount(count), 'aria-label': `${formatCount(count)} resultater` }))));
    };
    option('', all, null);
    for (const [value, count] of values) option(value, value, count);
    container.append(fieldset);
  };

  if (bodies.length > 0) group('Organ', 'body', 'Alle organer', bodies, state.body, v => ({ body: v }));
  if (years.length > 0) group('År', 'year', 'Alle år', years, state.year, v => ({ year: v }));

  // Municipalities of the participants: many per meeting, so they come after the type filter.
  const municipalities = entries(facets.municipality, state.municipality).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'));
  const addMunicipalities = () => {
    if (municipalities.length > 0) group('Kommune', 'municipality', 'Alle kommuner', municipalities, state.municipality, v => ({ municipality: v }));
  };

  const decisions = facets.kind?.decision ?? 0;
  container.append(el('fieldset', { class: 'facet' }, el('legend', { text: 'Type' }),
    el('div', { class: 'facet-option' },
      el('input', {
        type: 'checkbox', id: 'f-kind-decision', 'data-key': 'f-kind-decision', checked: state.kind === 'decision',
        onchange: event => navigate(searchUrl({ ...state, kind: event.target.checked ? 'decision' : '', page: 1 }), { focus: false }),
      }),
      el('label', { for: 'f-kind-decision' }, el('span', { class: 'facet-name', text: 'Kun beslutninger' }),
        el('span', { class: 'count', text: formatCount(decisions), 'aria-label': `${formatCount(decisions)} resultater` })))));
  addMunicipalities();

  // On a phone the filters start folded so the results come first; after that the user decides.
  const details = $('filters-details');
  if (!details.dataset.initialised) {
    details.open = !window.matchMedia('(max-width: 56rem)').matches;
    details.dataset.initialised = 'true';
  }
  $('filters').hidden = false;
  if (focusedKey) container.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
}

function renderHits(state, data) {
  const results = clear($('results'));
  results.dataset.total = String(data.total);
  if (data.hits.length === 0) {
    results.append(noResults(state, data));
    return;
  }
  const list = el('ol', { class: 'hits', start: (state.page - 1) * pageSize + 1 });
  for (const hit of data.hits) list.append(el('li', {}, hitCard(hit, state.q)));
  results.append(list);
}

/** One result: kind, where it is (item, meeting, body, date), the highlighted snippet and its links. */
export function hitCard(hit, query, headingLevel = 'h3') {
  const meeting = hit.meeting ?? {};
  const title = hit.item ? itemHeading(hit.item) : meeting.title;
  const href = meetingHref(meeting.id, hit.item?.id, query);
  const page = hit.source?.page;
  return el('article', { class: `hit kind-${hit.kind}` },
    el('p', { class: 'hit-kind' }, el('span', { class: `badge badge-${hit.kind}`, text: kindLabels[hit.kind] ?? hit.kind })),
    el(headingLevel, { class: 'hit-title' }, el('a', { href, text: title || 'Uden titel' })),
    el('p', { class: 'hit-meta' },
      hit.item ? el('span', { class: 'meeting-title', text: meeting.title }) : null,
      meeting.body ? el('span', { text: meeting.body }) : null,
      meeting.date ? el('time', { datetime: meeting.date, text: formatDate(meeting.date) }) : null),
    el('p', { class: 'snippet' }, snippet(hit.snippet)),
    el('p', { class: 'hit-links' },
      el('a', { href, text: 'Vis i mødet' }),
      el('a', { href: documentUrl(meeting.id, hit.source), class: 'doc-link' },
        'Originalt dokument', el('span', { class: 'visually-hidden', text: ` for ${meeting.title}` }),
        page && hit.source?.file?.toLowerCase().endsWith('.pdf') ? ` (side ${page})` : '')));
}

/** Never a blank page: what was searched, and what to try instead. */
function noResults(state, data) {
  const filtered = state.body || state.year || state.municipality || state.kind;
  const tips = el('ul', { class: 'tips' },
    data.didYouMean ? el('li', {}, 'Prøv stavningen ', el('a', { href: searchUrl({ ...state, q: data.didYouMean, page: 1 }), text: data.didYouMean }), '.') : null,
    filtered ? el('li', {}, el('a', { href: searchUrl({ ...state, body: '', year: '', municipality: '', kind: '', page: 1 }), text: 'Søg uden filtre' }), '.') : null,
    state.q.split(/\s+/).length > 2 ? el('li', { text: 'Brug færre ord – fx kun emnet, som "Døgndiamanten" eller "takstkorrektion".' }) : null,
    el('li', { text: 'Tjek stavningen. Søgningen retter selv mindre stavefejl, men ikke alle.' }),
    el('li', { text: 'Prøv et andet ord for det samme, fx "anbringelse" i stedet for "placering".' }),
    el('li', { text: 'Skift til "Spørg" og stil spørgsmålet med dine egne ord.' }));
  const notice = el('div', { class: 'notice empty' },
    el('h3', { text: `Ingen resultater for »${state.q}«` }), el('p', { text: 'Forslag:' }), tips);
  spellingHelp(state, notice);
  return notice;
}

/** Words from the index that start like the last word typed: often the spelling that was meant. */
async function spellingHelp(state, notice) {
  try {
    const words = state.q.split(/\s+/).filter(Boolean);
    const stem = words.at(-1)?.slice(0, Math.max(2, Math.ceil((words.at(-1)?.length ?? 0) / 2)));
    if (!stem || stem.length < 2) return;
    const prefix = words.slice(0, -1).join(' ');
    const response = await getJson('/api/suggest', { q: prefix ? `${prefix} ${stem}` : stem, limit: 5 });
    const terms = (response.suggestions ?? []).filter(s => s.kind === 'term' || s.kind === 'body');
    if (terms.length === 0) return;
    notice.append(el('p', { text: 'Ord i referaterne, der ligner:' }),
      el('ul', { class: 'inline-list' }, terms.map(s => el('li', {}, el('a', { href: searchUrl({ ...state, q: s.query, page: 1 }), text: s.text })))));
  } catch {
    // Spelling help is extra; the tips above stand on their own.
  }
}

function renderPager(state, total) {
  const pager = clear($('pager'));
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return;
  pager.hidden = false;
  const page = Math.min(state.page, pages);
  pager.append(
    page > 1 ? el('a', { href: searchUrl({ ...state, page: page - 1 }), rel: 'prev', text: '← Forrige' }) : el('span'),
    el('span', { class: 'page-of', text: `Side ${page} af ${pages}` }),
    page < pages ? el('a', { href: searchUrl({ ...state, page: page + 1 }), rel: 'next', text: 'Næste →' }) : el('span'));
}

/** The start page: examples and the newest meetings. */
export async function renderIntro({ focus }) {
  showView('intro-view', null);
  setStatus('');
  const examples = clear($('examples'));
  for (const [q, mode, text] of [
    ['hvad blev besluttet om Døgndiamanten', 'ask', 'Spørg: Hvad blev besluttet om Døgndiamanten?'],
    ['takstkorrektion', 'search', 'Søg: takstkorrektion'],
    ['sikrede institutioner kapacitet', 'search', 'Søg: sikrede institutioner kapacitet'],
  ]) {
    examples.append(el('li', {}, el('a', { href: searchUrl({ q, mode, page: 1 }), text })));
  }
  const recent = clear($('recent-meetings'));
  try {
    const meetings = await getJson('/api/meetings');
    const list = Array.isArray(meetings) ? meetings : (meetings.meetings ?? meetings.items ?? []);
    if (list.length > 0) {
      recent.append(el('h2', { text: 'Nyeste møder' }), el('ul', { class: 'meeting-list' }, list.slice(0, 8).map(m => el('li', {},
        el('a', { href: meetingHref(m.id, null, ''), text: m.title }),
        el('span', { class: 'meta' }, [m.body, formatDate(m.date), m.itemCount ? `${m.itemCount} punkter` : null].filter(Boolean).join(' · '))))));
    }
  } catch {
    // The list is a convenience; searching works without it.
  }
  if (focus) focusHeading($('intro-heading'));
}
