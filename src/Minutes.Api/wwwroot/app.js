// The search page's router: one document, its views chosen by the address.
//   /?q=…&mode=ask&body=…&year=…&from=…&to=…&municipality=…&kind=decision&sort=date&page=N
//                                                      search results, or the answer in "Spørg" mode
//   …#/møde/{id}?punkt={itemId}&q=…                    a whole meeting, scrolled to the cited item
//   …#/historik?q=…&body=…&year=…                      decisions on a topic over time
//   /#/dokument/{id}?punkt=…&passage=…&q=…             an original's text, the cited passage marked
//   /#/møder?organ=…&year=…&side=N                     all meetings of a body, newest first
// Every state is a URL (history.pushState), so back/forward work and a shared link opens the same view.
// This module imports the views; the views import only helpers (state.js, dom.js, api.js).
import { getJson } from './api.js';
import { attachSuggestions } from './suggest.js';
import { readSearchState, searchUrl, navigate, setStatus, setRouter } from './state.js';
import { renderSearch, renderIntro } from './search.js';
import { renderMeeting } from './meeting.js';
import { renderHistory, historyUrl } from './history.js';
import { renderDocument } from './document.js';
import { renderMeetings } from './meetings.js';

const $ = id => document.getElementById(id);

/** The hash route: { path: '/møde/abc', params }. */
function readHash() {
  const hash = location.hash.replace(/^#/, '');
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A hand-edited, broken escape: use the path as it is.
  }
  return { path: decoded, params: new URLSearchParams(at < 0 ? '' : hash.slice(at + 1)) };
}

let suggestions;

async function route({ focus = false } = {}) {
  suggestions?.cancel();
  const { path, params } = readHash();
  const state = readSearchState();
  const onHistory = path.startsWith('/historik');
  syncForm(onHistory ? { ...state, q: params.get('q') ?? state.q, mode: 'search' } : state, onHistory);
  if (path.startsWith('/møde/')) {
    await renderMeeting(path.slice('/møde/'.length), params.get('punkt'), params.get('q') ?? state.q, { focus });
  } else if (onHistory) {
    await renderHistory({ q: params.get('q') ?? state.q, body: params.get('body') ?? '', year: params.get('year') ?? '' }, { focus });
  } else if (path.startsWith('/dokument/')) {
    await renderDocument(path.slice('/dokument/'.length), params, { focus });
  } else if (path.startsWith('/møder')) {
    await renderMeetings(params, { focus });
  } else if (state.q) {
    await renderSearch(state, { focus });
  } else {
    await renderIntro({ focus });
  }
}

let historyMode = false;

/** The header box is the one search box: on the decision history it asks for the topic. */
function syncForm(state, onHistory) {
  historyMode = onHistory;
  const input = $('q');
  if (document.activeElement !== input || input.value.trim() !== state.q) input.value = state.q;
  $(state.mode === 'ask' ? 'mode-ask' : 'mode-search').checked = true;
  $('summarize').checked = state.summarize;
  $('q-label').textContent = onHistory ? 'Emne for beslutningshistorikken' : 'Søgeord eller spørgsmål';
  input.placeholder = onHistory ? 'Fx Døgndiamanten eller tolkebistand' : 'Fx hvad blev besluttet om Døgndiamanten';
  $('search-form').querySelector('.mode').hidden = onHistory;
  showModeControls();
}

let llmConfigured = false;

/**
 * The submit button says what will happen; the AI option shows only in "Spørg" mode and only when a
 * language model is set up; the search-syntax hint only where the syntax works ("Søg").
 */
function showModeControls() {
  const ask = currentMode() === 'ask';
  $('submit').textContent = historyMode ? 'Vis historik' : ask ? 'Spørg' : 'Søg';
  $('summarize-row').hidden = historyMode || !(ask && llmConfigured);
  $('q-hint').hidden = historyMode || ask;
}

/**
 * Reads /health once at start: whether LLM summaries can be offered, and whether the index is still
 * being built (then a notice says results may be incomplete, and it is checked again until ready).
 */
async function watchHealth() {
  try {
    const health = await getJson('/health');
    llmConfigured = Boolean(health.llmConfigured);
    showModeControls();
    const notice = $('index-notice');
    if (health.status === 'ready' || health.status === 'failed') {
      notice.hidden = true;
      return;
    }
    const progress = health.progress ? ` (${health.progress.done} af ${health.progress.total} filer)` : '';
    notice.textContent = `Referaterne indekseres stadig${progress}. Resultaterne kan være ufuldstændige indtil da.`;
    notice.hidden = false;
    setTimeout(watchHealth, 3000);
  } catch {
    // Without /health the page still searches; it just cannot offer the AI option.
  }
}

function currentMode() {
  return $('mode-ask').checked ? 'ask' : 'search';
}

function submit() {
  const q = $('q').value.trim();
  suggestions.cancel();
  if (!q) {
    setStatus(historyMode ? 'Skriv et emne for at se beslutningerne om det over tid.' : 'Skriv et eller flere søgeord eller et spørgsmål.');
    $('q').focus();
    return;
  }
  if (historyMode) {
    // A new topic keeps the history's body and year filters.
    const { params } = readHash();
    navigate(historyUrl({ q, body: params.get('body') ?? '', year: params.get('year') ?? '' }), { focus: false });
    return;
  }
  // A new query keeps the filters but starts on page 1; a new search leaves any other view.
  const state = { ...readSearchState(), q, mode: currentMode(), summarize: $('summarize').checked, page: 1 };
  navigate(searchUrl(state), { focus: false });
}

function start() {
  setRouter(route);
  suggestions = attachSuggestions($('q'), $('suggestions'), () => submit());
  $('search-form').addEventListener('submit', event => {
    event.preventDefault();
    submit();
  });
  for (const radio of document.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener('change', () => {
      showModeControls();
      // Switching mode with a query re-runs it in the other mode right away.
      if ($('q').value.trim()) submit();
    });
  }
  // Links to the page itself are handled here, so they change the view without reloading.
  document.addEventListener('click', event => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
      || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname !== '/') return;
    event.preventDefault();
    if (url.hash && !url.hash.startsWith('#/')) {
      // An in-page anchor (the skip link): move focus there without touching the route.
      const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      target?.focus();
      return;
    }
    navigate(url.pathname + url.search + url.hash, { focus: true });
  });
  $('summarize').addEventListener('change', () => {
    if ($('q').value.trim()) submit();
  });
  window.addEventListener('popstate', () => route({ focus: true }));
  route({ focus: false });
  watchHealth();
}

start();
