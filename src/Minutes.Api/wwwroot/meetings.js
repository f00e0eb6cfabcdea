// Browse meetings (#/møder?organ=…&year=…&side=N): every meeting of a body, newest first, a page at a
// time, narrowed to a year. Reached from the front page and the main menu.
import { getJson } from './api.js';
import { el, clear, formatDate, formatCount, meetingHref } from './dom.js';
import { setStatus, showView, focusHeading, navigate, renderError, beginRender, isCurrent } from './state.js';

const $ = id => document.getElementById(id);
const pageSize = 20;

/** The view's address; defaults are left out. */
export function meetingsUrl({ body, year, page }) {
  const p = new URLSearchParams();
  if (body) p.set('organ', body);
  if (year) p.set('year', year);
  if (page > 1) p.set('side', String(page));
  const tail = p.toString();
  return `/#/m%C3%B8der${tail ? `?${tail}` : ''}`;
}

export async function renderMeetings(params, { focus }) {
  const mine = beginRender();
  const state = {
    body: params.get('organ') ?? '',
    year: /^\d{4}$/.test(params.get('year') ?? '') ? params.get('year') : '',
    page: Math.max(1, Number.parseInt(params.get('side') ?? '1', 10) || 1),
  };
  const view = $('meetings-view');
  const heading = state.body ? `Møder i ${state.body}` : 'Alle møder';
  showView('meetings-view', heading);
  const list = el('div', { id: 'meetings-results', 'aria-busy': 'true' }, el('p', { class: 'loading', text: 'Henter møderne …' }));
  const filters = el('div', { class: 'filter-row' });
  clear(view).append(el('h2', { id: 'meetings-heading', text: heading }),
    el('p', { class: 'lead-small', text: 'Alle møder i et organ, nyeste først. Vælg organ og år.' }), filters, list);
  setStatus('Henter møderne …');

  try {
    const [bodies, data] = await Promise.all([
      getJson('/api/bodies'),
      getJson('/api/meetings', {
        body: state.body, limit: pageSize, offset: (state.page - 1) * pageSize,
        from: state.year ? `${state.year}-01-01` : '', to: state.year ? `${state.year}-12-31` : '',
      }),
    ]);
    if (!isCurrent(mine)) return;
    renderFilters(filters, bodies, state);
    clear(list).setAttribute('aria-busy', 'false');
    const pages = Math.max(1, Math.ceil(data.total / pageSize));
    if (data.meetings.length === 0 && data.total > 0 && state.page > pages) {
      navigate(meetingsUrl({ ...state, page: pages }), { focus, replace: true });
      return;
    }
    if (data.total === 0) {
      list.append(el('div', { class: 'notice empty' }, el('h3', { text: 'Ingen møder' }),
        el('p', { text: state.year ? `Der er ingen møder${state.body ? ` i ${state.body}` : ''} i ${state.year}. Vælg et andet år.` : 'Der er ingen møder endnu.' })));
      setStatus('Ingen møder.');
    } else {
      list.append(el('ol', { class: 'meeting-list browse', start: (state.page - 1) * pageSize + 1 }, data.meetings.map(m => el('li', {},
        el('a', { href: meetingHref(m.id, null, ''), text: m.title }),
        el('span', { class: 'meta' }, [m.date ? formatDate(m.date) : 'Uden dato', state.body ? null : m.body,
          m.itemCount ? `${m.itemCount} punkter` : null].filter(Boolean).join(' · '))))));
      if (pages > 1) {
        list.append(el('nav', { class: 'pager', 'aria-label': 'Sider' },
          state.page > 1 ? el('a', { href: meetingsUrl({ ...state, page: state.page - 1 }), rel: 'prev', text: '← Nyere' }) : el('span'),
          el('span', { class: 'page-of', text: `Side ${state.page} af ${pages}` }),
          state.page < pages ? el('a', { href: meetingsUrl({ ...state, page: state.page + 1 }), rel: 'next', text: 'Ældre →' }) : el('span')));
      }
      const first = (state.page - 1) * pageSize + 1;
      setStatus(`${formatCount(data.total)} ${data.total === 1 ? 'møde' : 'møder'}${state.body ? ` i ${state.body}` : ''}${state.year ? ` i ${state.year}` : ''}`
        + (data.total > data.meetings.length ? ` – viser ${first}–${first + data.meetings.length - 1}` : '') + '.');
    }
  } catch (error) {
    if (!isCurrent(mine)) return;
    renderError(list, error, () => renderMeetings(params, { focus: true }));
  }
  if (focus && isCurrent(mine)) focusHeading($('meetings-heading'));
}

/** Body and year as selects with the number of meetings; a change shows the list at once. */
function renderFilters(container, bodies, state) {
  const body = el('select', { id: 'meetings-body', name: 'organ' }, el('option', { value: '', text: 'Alle organer' }),
    bodies.map(b => el('option', { value: b.name, selected: b.name === state.body, text: `${b.name} (${formatCount(b.meetings)})` })));
  const chosen = bodies.filter(b => !state.body || b.name === state.body);
  const years = new Set();
  for (const b of chosen) {
    const [first, last] = [Number(b.first?.slice(0, 4)), Number(b.latest?.slice(0, 4))];
    for (let y = first; y && y <= last; y++) years.add(y);
  }
  if (state.year) years.add(Number(state.year));
  const year = el('select', { id: 'meetings-year', name: 'year' }, el('option', { value: '', text: 'Alle år' }),
    [...years].sort((a, b) => b - a).map(y => el('option', { value: String(y), selected: String(y) === state.year, text: String(y) })));
  body.addEventListener('change', () => navigate(meetingsUrl({ body: body.value, year: year.value, page: 1 }), { focus: false }));
  year.addEventListener('change', () => navigate(meetingsUrl({ body: body.value, year: year.value, page: 1 }), { focus: false }));
  clear(container).append(
    el('div', {}, el('label', { for: 'meetings-body', text: 'Organ' }), body),
    el('div', {}, el('label', { for: 'meetings-year', text: 'År' }), year));
}
