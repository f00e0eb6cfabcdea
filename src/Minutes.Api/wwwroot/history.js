// Decision history: for a topic, the decisions over time from /api/decisions, as a timeline grouped
// by matter, newest first, each linking to its meeting item.
import { getJson } from './api.js';
import { el, clear, formatDate, snippet, documentUrl, meetingHref, itemHeading } from './dom.js';
import { setStatus, showView, focusHeading, navigate, readSearchState, searchUrl } from './app.js';
import { renderError } from './search.js';

const $ = id => document.getElementById(id);
let generation = 0;

export async function renderHistory(query, { focus }) {
  const mine = ++generation;
  const view = $('history-view');
  showView('history-view', query ? `Beslutningshistorik: ${query}` : 'Beslutningshistorik');
  const input = el('input', { id: 'history-q', name: 'q', type: 'search', value: query ?? '', maxlength: 500, required: true });
  const form = el('form', {
    class: 'history-form', role: 'search', 'aria-label': 'Beslutningshistorik',
    onsubmit: event => {
      event.preventDefault();
      const q = input.value.trim();
      if (q) navigate(`${searchUrl(readSearchState())}#/historik?q=${encodeURIComponent(q)}`, { focus: false });
    },
  }, el('label', { for: 'history-q', text: 'Emne' }), el('div', { class: 'query-row' }, input, el('button', { type: 'submit', class: 'primary', text: 'Vis historik' })));
  const results = el('div', { id: 'history-results' });
  clear(view).append(
    el('h2', { id: 'history-heading', text: query ? `Beslutninger om »${query}«` : 'Beslutningshistorik' }),
    el('p', { class: 'lead-small', text: 'Har vi besluttet det før? Se alle beslutninger om et emne på tværs af møder, nyeste først.' }),
    form, results);

  if (!query) {
    setStatus('Skriv et emne for at se beslutningerne om det over tid.');
    if (focus) focusHeading($('history-heading'));
    return;
  }

  results.append(el('p', { class: 'loading', text: 'Henter beslutninger …' }));
  setStatus('Henter beslutninger …');
  try {
    const data = await getJson('/api/decisions', { q: query });
    if (mine !== generation) return;
    renderTimeline(clear(results), data, query);
  } catch (error) {
    if (mine !== generation) return;
    renderError(results, error, () => renderHistory(query, { focus: true }));
  }
  if (focus && mine === generation) focusHeading($('history-heading'));
}

function renderTimeline(container, data, query) {
  const groups = data.groups ?? data.matters ?? (data.decisions ? [{ title: null, decisions: data.decisions }] : []);
  const count = groups.reduce((n, g) => n + (g.decisions?.length ?? 0), 0);
  if (count === 0) {
    container.append(el('div', { class: 'notice empty' },
      el('h3', { text: `Ingen beslutninger om »${query}«` }),
      el('p', { text: 'Prøv et bredere emne eller færre ord, eller søg i alle referater.' }),
      el('p', {}, el('a', { href: searchUrl({ q: query, page: 1 }), text: `Søg efter »${query}« i alle referater` }))));
    setStatus(`Ingen beslutninger fundet om »${query}«.`);
    return;
  }
  for (const group of groups) {
    const section = el('section', { class: 'matter' });
    if (group.title ?? group.matter) section.append(el('h3', { text: group.title ?? group.matter }));
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
  const date = d.date ?? meeting.date;
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
        el('a', { href: documentUrl(meeting.id, d.source), text: 'Originalt dokument' }))));
}
