// The search view: one result per agenda item with facets, filter chips, sorting and pages, or in
// "Spørg" mode the answer panel (answer.js, a part of this view).
import { getJson } from './api.js';
import { el, clear, formatCount, kindLabels, snippet, originalLink, meetingHref, itemHeading, formatDate } from './dom.js';
import { navigate, searchUrl, setStatus, showView, focusHeading, renderError, period, periodLabel, beginRender, isCurrent } from './state.js';
import { renderAnswer } from './answer.js';
import { renderFacets, hideFilters } from './facets.js';

const $ = id => document.getElementById(id);
const pageSize = 10;

/** Runs the search (or question) in <state> and shows it. */
export async function renderSearch(state, { focus }) {
  const mine = beginRender();
  showView('search-view', state.q);
  const results = $('results');
  clear($('query-info'));
  clear($('answer'));
  clear($('chips'));
  results.setAttribute('aria-busy', 'true');
  delete results.dataset.total;
  clear(results).append(el('p', { class: 'loading', text: state.mode === 'ask' ? 'Finder et svar i referaterne …' : 'Søger i referaterne …' }));
  $('pager').hidden = true;
  $('results-tools').hidden = state.mode === 'ask';
  $('sort').value = state.sort;
  $('sort').onchange = event => navigate(searchUrl({ ...state, sort: event.target.value, page: 1 }), { focus: false });
  setStatus(state.mode === 'ask' ? 'Finder et svar …' : 'Søger …');
  const { from, to } = period(state);
  let backAtResult = false;

  try {
    if (state.mode === 'ask') {
      hideFilters();
      const answer = await getJson('/api/ask', { q: state.q, summarize: state.summarize ? 'true' : '', body: state.body, from, to });
      if (!isCurrent(mine)) return;
      clear(results);
      renderChips(state);
      renderAnswer($('answer'), state, answer);
      results.append(el('p', { class: 'switch-mode' },
        el('a', { href: searchUrl({ ...state, mode: 'search', page: 1 }), text: `Se alle søgeresultater for »${state.q}«` })));
    } else {
      const data = await getJson('/api/search', {
        q: state.q, limit: pageSize, offset: (state.page - 1) * pageSize,
        body: state.body, kind: state.kind, municipality: state.municipality, from, to, sort: state.sort,
      });
      if (!isCurrent(mine)) return;
      const pages = Math.ceil(data.total / pageSize);
      if (data.hits.length === 0 && data.total > 0 && state.page > pages) {
        // An old link past the last page ("viser 981–980"): show the last page instead.
        navigate(searchUrl({ ...state, page: pages }), { focus, replace: true });
        return;
      }
      renderChips(state);
      renderQueryInfo(state, data);
      if (data.total > 0) renderFacets(state, data.facets ?? {});
      else hideFilters();
      renderHits(state, data);
      renderPager(state, data.total);
      setStatus(statusText(state, data));
      backAtResult = returnToLastResult(state);
    }
  } catch (error) {
    if (!isCurrent(mine)) return;
    hideFilters();
    $('results-tools').hidden = true;
    renderError(results, error, () => renderSearch(state, { focus: true }));
  } finally {
    if (isCurrent(mine)) results.setAttribute('aria-busy', 'false');
  }
  if (focus && isCurrent(mine) && !backAtResult) focusHeading($('status'));
}

/** Whether the API grouped the hits by agenda item (contract: every hit then carries `places`). */
const grouped = data => data.hits.length > 0 && data.hits.every(h => Number.isInteger(h.places));

function statusText(state, data) {
  if (data.total === 0) return `Ingen resultater for »${state.q}«.`;
  const [one, many] = grouped(data) ? ['punkt', 'punkter'] : ['resultat', 'resultater'];
  const shown = data.hits.length;
  const first = (state.page - 1) * pageSize + 1;
  return `${formatCount(data.total)} ${data.total === 1 ? one : many} for »${state.q}«`
    + (data.total > shown ? ` – viser ${formatCount(first)}–${formatCount(first + shown - 1)}` : '')
    + (state.sort === 'date' ? ', nyeste først' : '') + '.';
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
      el('a', { href: `/#/historik?q=${encodeURIComponent(state.q)}`, text: `Se beslutningshistorikken for »${state.q}«` })));
  }
}

/** Active filters as removable chips. */
function renderChips(state) {
  const chips = [];
  if (state.body) chips.push(['Organ', state.body, { body: '' }]);
  if (state.year) chips.push(['År', state.year, { year: '' }]);
  if (state.from || state.to) chips.push(['Periode', periodLabel(state.from, state.to), { from: '', to: '' }]);
  if (state.municipality && state.mode !== 'ask') chips.push(['Kommune', state.municipality, { municipality: '' }]);
  // A question is answered from all kinds of passages, so the kind filter only applies to "Søg".
  if (state.mode !== 'ask' && state.kind === 'decision') chips.push(['Type', 'kun beslutninger', { kind: '' }]);
  else if (state.mode !== 'ask' && state.kind) chips.push(['Type', kindLabels[state.kind] ?? state.kind, { kind: '' }]);
  $('filters-toggle').textContent = chips.length ? `Filtre (${chips.length})` : 'Filtre';
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
      onclick: () => navigate(searchUrl({ ...state, body: '', year: '', from: '', to: '', municipality: '', kind: '', page: 1 }), { focus: false }),
    })));
  }
  $('chips').append(list);
}

function renderHits(state, data) {
  const results = clear($('results'));
  results.dataset.total = String(data.total);
  if (data.hits.length === 0) {
    results.append(noResults(state, data));
    return;
  }
  const list = el('ol', { class: 'hits', start: (state.page - 1) * pageSize + 1 });
  for (const hit of data.hits) list.append(el('li', {}, hitCard(hit, state.q, () => rememberResult(state, hit))));
  results.append(list);
}

/** One result: kind, where it is (item, meeting, body, date), the snippet, the item's other places and its links. */
function hitCard(hit, query, onOpen) {
  const meeting = hit.meeting ?? {};
  const title = hit.item ? itemHeading(hit.item) : meeting.title;
  const href = meetingHref(meeting.id, hit.item?.id, query);
  const where = { itemId: hit.item?.id, passageId: hit.id, query };
  return el('article', { class: `hit kind-${hit.kind}`, 'data-hit': hit.id },
    el('p', { class: 'hit-kind' }, el('span', { class: `badge badge-${hit.kind}`, text: kindLabels[hit.kind] ?? hit.kind })),
    el('h3', { class: 'hit-title' }, el('a', { href, text: title || 'Uden titel', onclick: onOpen })),
    el('p', { class: 'hit-meta' },
      hit.item ? el('span', { class: 'meeting-title', text: meeting.title }) : null,
      meeting.body ? el('span', { text: meeting.body }) : null,
      meeting.date ? el('time', { datetime: meeting.date, text: formatDate(meeting.date) }) : null),
    el('p', { class: 'snippet' }, snippet(hit.snippet)),
    otherPlaces(hit, meeting, query),
    el('p', { class: 'hit-links' },
      el('a', { href, text: 'Vis i mødet', onclick: onOpen }),
      originalLink(meeting.id, hit.source, where, { meetingTitle: meeting.title })));
}

/** "3 steder i punktet": the item's other matching passages, folded, each linking to its original place. */
function otherPlaces(hit, meeting, query) {
  const others = Array.isArray(hit.otherPlaces) ? hit.otherPlaces : [];
  if (!(hit.places > 1) || others.length === 0) return null;
  return el('details', { class: 'places' },
    el('summary', { text: `${formatCount(hit.places)} steder i punktet` }),
    el('ol', { class: 'place-list' }, others.map(place => el('li', {},
      el('span', { class: `badge badge-${place.kind}`, text: kindLabels[place.kind] ?? place.kind }), ' ',
      el('span', { class: 'snippet' }, snippet(place.snippet)), ' ',
      originalLink(meeting.id, { file: hit.source?.file, page: place.page }, { itemId: hit.item?.id, passageId: place.id, query },
        { text: 'Se stedet', meetingTitle: meeting.title })))),
    hit.places > others.length + 1 ? el('p', { class: 'meta', text: `og ${formatCount(hit.places - others.length - 1)} mere i mødet` }) : null);
}

const lastResultKey = 'referatsøgning:sidste-resultat';

/** Remembers which result was opened, so coming back to these results lands on it, not at the top. */
function rememberResult(state, hit) {
  try {
    sessionStorage.setItem(lastResultKey, JSON.stringify({ url: searchUrl(state), hit: hit.id }));
  } catch {
    // Private mode without storage: back lands at the top, as before.
  }
}

/** Scrolls to and focuses the result opened last from these same results; true when there was one. */
function returnToLastResult(state) {
  let last = null;
  try {
    last = JSON.parse(sessionStorage.getItem(lastResultKey) ?? 'null');
  } catch {
    return false;
  }
  if (!last || last.url !== searchUrl(state)) return false;
  const card = document.querySelector(`#results [data-hit="${CSS.escape(last.hit)}"]`);
  if (!card) return false;
  card.scrollIntoView({ block: 'center' });
  card.querySelector('.hit-title a')?.focus({ preventScroll: true });
  return true;
}

/** Never a blank page: what was searched, and what to try instead. */
function noResults(state, data) {
  const filtered = state.body || state.year || state.from || state.to || state.municipality || state.kind;
  const tips = el('ul', { class: 'tips' },
    data.didYouMean ? el('li', {}, 'Prøv stavningen ', el('a', { href: searchUrl({ ...state, q: data.didYouMean, page: 1 }), text: data.didYouMean }), '.') : null,
    filtered ? el('li', {}, el('a', { href: searchUrl({ ...state, body: '', year: '', from: '', to: '', municipality: '', kind: '', page: 1 }), text: 'Søg uden filtre' }), '.') : null,
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

/** The start page: examples, the way to browse meetings, and the newest meetings. */
export async function renderIntro({ focus }) {
  const mine = beginRender();
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
  examples.append(el('li', {}, el('a', { href: '/#/historik', text: 'Se alle beslutninger om et emne over tid' })));
  const recent = clear($('recent-meetings'));
  try {
    const meetings = await getJson('/api/meetings', { limit: 8 });
    if (!isCurrent(mine)) return;
    const list = meetings.meetings ?? [];
    if (list.length > 0) {
      recent.append(el('h2', { text: 'Nyeste møder' }), el('ul', { class: 'meeting-list' }, list.map(m => el('li', {},
        el('a', { href: meetingHref(m.id, null, ''), text: m.title }),
        el('span', { class: 'meta' }, [m.body, formatDate(m.date), m.itemCount ? `${m.itemCount} punkter` : null].filter(Boolean).join(' · '))))),
      el('p', { class: 'all-meetings' }, el('a', { href: '/#/m%C3%B8der', text: `Se alle ${formatCount(meetings.total)} møder efter organ` })));
    }
  } catch {
    // The list is a convenience; searching works without it.
  }
  if (focus) focusHeading($('intro-heading'));
}
