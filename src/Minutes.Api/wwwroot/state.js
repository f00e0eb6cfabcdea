// What every view shares: the search state in the address, going to another address, the status
// line, which view is shown, and the error notice. The router (app.js) registers itself here, so
// views can navigate without importing it: app.js imports the views, the views import only helpers.
import { el, clear, formatDate } from './dom.js';

const $ = id => document.getElementById(id);
const views = ['search-view', 'intro-view', 'meeting-view', 'history-view', 'document-view', 'meetings-view'];
let router = () => {};

/** Called once by the router: what navigate() runs after changing the address. */
export function setRouter(route) {
  router = route;
}

const isoDate = value => (/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? value : '');

/** Search state as read from the query string. */
export function readSearchState(search = location.search) {
  const p = new URLSearchParams(search);
  return {
    q: (p.get('q') ?? '').trim(),
    mode: p.get('mode') === 'ask' ? 'ask' : 'search',
    body: p.get('body') ?? '',
    year: /^\d{4}$/.test(p.get('year') ?? '') ? p.get('year') : '',
    from: isoDate(p.get('from')),
    to: isoDate(p.get('to')),
    municipality: p.get('municipality') ?? '',
    kind: p.get('kind') ?? '',
    sort: p.get('sort') === 'date' ? 'date' : '',
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
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.municipality) p.set('municipality', state.municipality);
  if (state.kind) p.set('kind', state.kind);
  if (state.sort) p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  const query = p.toString();
  return query ? `/?${query}` : '/';
}

/** The period a state asks for, as the API's from/to: a chosen range, else the chosen year. */
export function period(state) {
  return {
    from: state.from || (state.year ? `${state.year}-01-01` : ''),
    to: state.to || (state.year ? `${state.year}-12-31` : ''),
  };
}

/** "1. januar 2024 – 31. marts 2024", "fra 1. januar 2024", "til …". */
export function periodLabel(from, to) {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `fra ${formatDate(from)}`;
  return to ? `til ${formatDate(to)}` : '';
}

/** Goes to an address inside the page and shows it; <focus> moves focus to the new view's heading. */
export function navigate(url, { focus = true, replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  router({ focus });
}

let renderToken = 0;

/**
 * Starts rendering a view and returns its token. A view's fetches finish in any order: one that
 * finishes after the user went elsewhere (back from a meeting still loading) must not draw over the
 * view now shown, so each render checks isCurrent(token) after every await.
 */
export function beginRender() {
  return ++renderToken;
}

export function isCurrent(token) {
  return token === renderToken;
}

/** Sets the visible and announced status line (role=status, polite). */
export function setStatus(text) {
  $('status').textContent = text;
}

/**
 * Shows one view. Every view but the start page gets the compact header, so on a phone the results
 * start near the top instead of below 480 px of title and introduction.
 */
export function showView(id, title) {
  for (const view of views) $(view).hidden = view !== id;
  document.body.classList.toggle('compact', id !== 'intro-view');
  document.body.dataset.view = id;
  document.title = title ? `${title} – Referatsøgning` : 'Referatsøgning';
}

/** Moves focus to a heading (made focusable for this) so screen readers and keyboards land in the new view. */
export function focusHeading(heading) {
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
}

/**
 * A Danish error notice with a retry button. The API's own detail is English and meant for
 * developers, so it is not shown; the status code picks the message (api.js).
 */
export function renderError(container, error, retry) {
  clear(container).append(el('div', { class: 'notice error', role: 'alert' },
    el('h3', { text: 'Noget gik galt' }),
    el('p', { text: error.message ?? 'Der opstod en uventet fejl.' }),
    retry ? el('button', { type: 'button', class: 'secondary', text: 'Prøv igen', onclick: retry }) : null));
  setStatus(error.message ?? 'Der opstod en fejl.');
}
