// Decision history: for a topic, the decisions over time from /api/decisions, as a timeline grouped
// by matter, newest first, each linking to its meeting item. The topic is typed in the header's one
// search box; body and year narrow it here, and the whole history downloads as CSV.
import { getJson } from './api.js';
import { el, clear, formatDate, snippet, originalLink, meetingHref, itemHeading } from './dom.js';
import { setStatus, showView, focusHeading, navigate, searchUrl, renderError, beginRender, isCurrent } from './state.js';

const $ = id => document.getElementById(id);
let bodies = null;

/** The history's address: #/historik?q=…&body=…&year=…. */
export function historyUrl({ q, body, year }) {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (body) p.set('body', body);
  if (year) p.set('year', year);
  const tail = p.toString();
  return `/#/historik${tail ? `?${tail}` : ''}`;
}

const range = year => (year ? { from: `${year}-01-01`, to: `${year}-12-31` } : { from: '', to: '' });

export async function renderHistory({ q, body, year }, { focus }) {
  const mine = beginRender();
  const view = $('history-view');
  showView('history-view', q ? `Beslutningshistorik: ${q}` : 'Beslutningshistorik');
  const results = el('div', { id: 'history-results' });
  const filters = el('div', { class: 'history-filters' });
  clear(view).append(
    el('h2', { id: 'history-heading', text: q ? `Beslutninger om »${q}«` : 'Beslutningshistorik' }),
    el('p', { class: 'lead-small', text: 'Har vi besluttet det før? Skriv et emne i søgefeltet øverst, og se alle beslutninger om det på tværs af møder, nyeste først.' }),
    filters, results);
  renderFilters(filters, { q, body, year });

  if (!q) {
    setStatus('Skriv et emne i søgefeltet for at se beslutningerne om det over tid.');
    if (focus) $('q').focus();
    return;
  }

  results.append(el('p', { class: 'loading', text: 'Henter beslutninger …' }));
  setStatus('Henter beslutninger …');
  const params = { q, body, ...range(year) };
  try {
    const data = await getJson('/api/decisions', params);
    if (!isCurrent(mine)) return;
    renderTimeline(clear(results), data, q);
    if ((data.total ?? 0) > 0) {
      filters.append(el('p', { class: 'export' }, el('a', {
        href: `/api/decisions/export?${new URLSearchParams(Object.entries(params).filter(([, v]) => v))}`,
        download: '', class: 'secondary-link', text: 'Hent historikken som CSV (regneark)',
      })));
    }
  } catch (error) {
    if (!isCurrent(mine)) return;
    renderError(results, error, () => renderHistory({ q, body, year }, { focus: true }));
  }
  if (focus && isCurrent(mine)) focusHeading($('history-heading'));
}

/** Body and year as selects; changing one shows the history again at once. */
async function renderFilters(container, current) {
  const body = el('select', { id: 'history-body', name: 'body' }, el('option', { value: '', text: 'Alle organer' }));
  const year = el('select', { id: 'history-year', name: 'year' }, el('option', { value: '', text: 'Alle år' }));
  const go = () => navigate(historyUrl({ ...current, body: body.value, year: year.value }), { focus: false });
  body.addEventListener('change', go);
  year.addEventListener('change', go);
  container.append(el('div', { class: 'filter-row' },
    el('div', {}, el('label', { for: 'history-body', text: 'Organ' }), body),
    el('div', {}, el('label', { for: 'history-year', text: 'År' }), year)));
  try {
    bodies ??= await getJson('/api/bodies');
  } catch {
    bodies = [];
  }
  const names = bodies.map(b => b.name);
  if (current.body && !names.includes(current.body)) names.push(current.body);
  for (const name of names) body.append(el('option', { value: name, text: name, selected: name === current.body }));
  const years = new Set();
  for (const b of bodies) {
    const [first, last] = [Number(b.first?.slice(0, 4)), Number(b.latest?.slice(0, 4))];
    for (let y = first; y && y <= last; y++) years.add(y);
  }
  if (current.year) years.add(Number(current.year));
  for (const y of [...years].sort((a, b) => b - a)) year.append(el('option', { value: String(y), text: String(y), selected: String(y) === current.year }));
}

function renderTimeline(container, data, query) {
  const groups = data.matters ?? [];
  const count = groups.reduce((n, g) => n + (g.decisions?.length ?? 0), 0);
  if (count === 0) {
    container.append(el('div', { class: 'notice empty' },
      el('h3', { text: `Ingen beslutninger om »${query}«` }),
      el('p', { text: 'Prøv et bredere emne eller færre ord, vælg alle organer og år, eller søg i alle referater.' }),
      el('p', {}, el('a', { href: searchUrl({ q: query, page: 1 }), text: `Søg efter »${query}« i alle referater` }))));
    setStatus(`Ingen beslutninger fundet om »${query}«.`);
    return;
  }
  for (const group of groups) {
    const section = el('section', { class: 'matter' });
    if (group.title) section.append(el('h3', { text: group.title }));
    const decided = group.decisions?.length ?? 0;
    const span = group.first && group.latest && group.first !== group.latest
      ? `${formatDate(group.first)} – ${formatDate(group.latest)}`
      : formatDate(group.latest ?? group.first);
    section.append(el('p', { class: 'matter-meta', text: [
      `${decided} ${decided === 1 ? 'beslutning' : 'beslutninger'}`,
      group.meetings ? `${group.meetings} ${group.meetings === 1 ? 'møde' : 'møder'}` : null,
      span || null,
    ].filter(Boolean).join(' · ') }));
    section.append(el('ol', { class: 'timeline' }, (group.decisions ?? []).map(d => timelineEntry(d, query))));
    container.append(section);
  }
  setStatus(`${count} ${count === 1 ? 'beslutning' : 'beslutninger'} om »${query}«${groups.length > 1 ? ` i ${groups.length} sager` : ''}.`);
}

function timelineEntry(d, query) {
  const meeting = d.meeting ?? {};
  const item = d.item ?? null;
  const date = meeting.date;
  const href = meetingHref(meeting.id, item?.id, query);
  return el('li', { class: 'timeline-entry' },
    el('p', { class: 'timeline-date' }, date ? el('time', { datetime: date, text: formatDate(date) }) : 'Uden dato'),
    el('div', { class: 'timeline-card' },
      el('p', { class: 'timeline-where' },
        el('a', { href, text: item ? itemHeading(item) : meeting.title }),
        el('span', { class: 'meta', text: [meeting.body, item ? meeting.title : null].filter(Boolean).join(' · ') })),
      d.snippet ? el('p', { class: 'snippet' }, snippet(d.snippet)) : el('p', { text: d.text }),
      el('p', { class: 'hit-links' },
        el('a', { href, text: 'Vis i mødet' }),
        originalLink(meeting.id, d.source, { itemId: item?.id, passageId: d.id, query }, { meetingTitle: meeting.title }))));
}
