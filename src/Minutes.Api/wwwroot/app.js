// The search page: one document, three views chosen by the address.
//   /?q=…&mode=ask&body=…&year=…&municipality=…&kind=decision&page=N  search results, or the answer in "Spørg" mode
//   …#/møde/{id}?punkt={itemId}&q=…                       a whole meeting, scrolled to the cited item
//   …#/historik?q=…                                        decisions on a topic over time
// Every state is a URL (history.pushState), so back/forward work and a shared link opens the same view.
import { getJson } from './api.js';
import { attachSuggestions } from './suggest.js';
import { renderSearch, renderIntro } from './search.js';
import { renderMeeting } from './meeting.js';
import { renderHistory } from './history.js';

const $ = id => document.getElementById(id);
const views = ['search-view', 'intro-view', 'meeting-view', 'history-view'];

/** Search state as read from the query string. */
export function readSearchState(search = location.search) {
  const p = new URLSearchParams(search);
  return {
    q: (p.get('q') ?? '').trim(),
    mode: p.get('mode') === 'ask' ? 'ask' : 'search',
    body: p.get('body') ?? '',
    year: p.get('year') ?? '',
    municipality: p.get('municipality') ?? '',
    kind: p.get('kind') ?? '',
    summarize: p.get('ai') === '1',
    page: Math.max(1, Number.parseInt(p.get('page') ?? '1', 10) || 1),
  };
}

/** The address of a search state; defaults are left out so shared links stay short. */
export function searchUrl(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.mode === 'ask') p.set('mode', 'ask');
  if (state.mode === 'ask' && state.summarize) p.set('ai', '1');
  if (state.body) p.set('body', state.body);
  if (state.year) p.set('year', state.year);
  if (state.municipality) p.set('municipality', state.municipality);
  if (state.kind) p.set('kind', state.kind);
  if (state.page > 1) p.set('page', String(state.page));
  const query = p.toString();
  return query ? `/?${query}` : '/';
}

/** Goes to an address inside the page and shows it; <focus> moves focus to the new view's heading. */
export function navigate(url, { focus = true, replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  route({ focus });
}

/** Sets the visible and announced status line (role=status, polite). */
export function setStatus(text) {
  $('status').textContent = text;
}

export function showView(id, title) {
  for (const view of views) $(view).hidden = view !== id;
  document.title = title ? `${title} – Referatsøgning` : 'Referatsøgning';
}

/** Moves focus to a heading (made focusable for this) so screen readers and keyboards land in the new view. */
export function focusHeading(heading) {
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
}

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
  syncForm(state);
  if (path.startsWith('/møde/')) {
    await renderMeeting(path.slice('/møde/'.length), params.get('punkt'), params.get('q') ?? state.q, { focus });
  } else if (path.startsWith('/historik')) {
    await renderHistory(params.get('q') ?? state.q, { focus });
  } else if (state.q) {
    await renderSearch(state, { focus });
  } else {
    await renderIntro({ focus });
  }
}

function syncForm(state) {
  const input = $('q');
  if (document.activeElement !== input || input.value.trim() !== state.q) input.value = state.q;
  $(state.mode === 'ask' ? 'mode-ask' : 'mode-search').checked = true;
  $('summarize').checked = state.summarize;
  showModeControls();
}

let llmConfigured = false;

/** The submit button says what will happen; the AI option shows only in "Spørg" mode and only when a language model is set up. */
function showModeControls() {
  const ask = currentMode() === 'ask';
  $('submit').textContent = ask ? 'Spørg' : 'Søg';
  $('summarize-row').hidden = !(ask && llmConfigured);
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
    setStatus('Skriv et eller flere søgeord eller et spørgsmål.');
    $('q').focus();
    return;
  }
  // A new query keeps the filters but starts on page 1; a new search leaves any meeting view.
  const state = { ...readSearchState(), q, mode: currentMode(), summarize: $('summarize').checked, page: 1 };
  navigate(searchUrl(state), { focus: false });
}

function start() {
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
