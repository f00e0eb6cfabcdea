// The meeting view: header, participants, every item with its decisions marked, the cited item
// scrolled into view and the query's words highlighted. All text goes in as text nodes.
import { getJson } from './api.js';
import { el, append, clear, formatDate, fileUrl, originalLink, meetingHref, itemHeading, highlightPatterns, highlighted } from './dom.js';
import { setStatus, showView, focusHeading, readSearchState, searchUrl, renderError, beginRender, isCurrent } from './state.js';

const $ = id => document.getElementById(id);
const cache = new Map();

export async function renderMeeting(id, itemId, query, { focus }) {
  const mine = beginRender();
  const view = $('meeting-view');
  showView('meeting-view', 'Møde');
  clear(view).append(el('h2', { id: 'meeting-heading', text: 'Henter mødet …' }));
  setStatus('Henter mødet …');
  let meeting;
  try {
    meeting = cache.get(id) ?? await getJson(`/api/meetings/${encodeURIComponent(id)}`);
    cache.set(id, meeting);
  } catch (error) {
    if (!isCurrent(mine)) return;
    showView('meeting-view', 'Mødet kunne ikke vises');
    clear(view).append(backLink(), el('h2', { id: 'meeting-heading', text: 'Mødet kunne ikke vises' }));
    const box = el('div');
    view.append(box);
    renderError(box, error, () => renderMeeting(id, itemId, query, { focus: true }));
    return;
  }
  if (!isCurrent(mine)) return;

  const pattern = highlightPatterns(query);
  const cited = meeting.items?.find(i => i.id === itemId) ?? null;
  showView('meeting-view', meeting.title);
  // dom.js append() skips the parts a meeting lacks; the native one would write them as "null".
  append(clear(view), backLink(), header(meeting, pattern), participants(meeting), siblings(meeting, query));
  if (meeting.items?.length) {
    view.append(el('nav', { class: 'toc', 'aria-labelledby': 'toc-heading' },
      el('h3', { id: 'toc-heading', text: 'Dagsorden' }),
      el('ol', {}, meeting.items.map(item => el('li', {},
        el('a', { href: meetingHref(meeting.id, item.id, query), 'aria-current': item.id === itemId ? 'location' : null, text: itemHeading(item) }),
        item.decisions?.length ? el('span', { class: 'badge badge-decision small', text: 'Beslutning' }) : null)))));
    view.append(el('div', { class: 'items' }, meeting.items.map(item => itemArticle(meeting, item, item === cited, pattern))));
  } else {
    view.append(el('p', { class: 'notice', text: 'Der blev ikke fundet dagsordenspunkter i dette referat. Se det originale dokument.' }));
  }

  setStatus(cited
    ? `${meeting.title}: ${itemHeading(cited)}.`
    : `${meeting.title}, ${formatDate(meeting.date)}.`);
  if (cited) {
    const article = document.getElementById(`punkt-${cited.id}`);
    article.scrollIntoView({ block: 'start' });
    if (focus) focusHeading(article.querySelector('h3'));
  } else {
    window.scrollTo(0, 0);
    if (focus) focusHeading($('meeting-heading'));
  }
}

function backLink() {
  const state = readSearchState();
  return el('p', { class: 'back' }, state.q
    ? el('a', { href: searchUrl(state), text: `← Tilbage til søgningen »${state.q}«` })
    : el('a', { href: '/', text: '← Til forsiden' }));
}

function header(meeting, pattern) {
  const facts = [
    ['Dato', meeting.date ? el('time', { datetime: meeting.date, text: formatDate(meeting.date) }) : null],
    ['Tid', meeting.time],
    ['Sted', meeting.place],
    ['Referent', meeting.minuteTaker],
  ].filter(([, value]) => value);
  const source = meeting.source ?? {};
  return el('header', { class: 'meeting-header' },
    meeting.body ? el('p', { class: 'kicker', text: meeting.body }) : null,
    el('h2', { id: 'meeting-heading' }, highlighted(meeting.title, pattern)),
    el('dl', { class: 'facts' }, facts.map(([name, value]) => [el('dt', { text: name }), el('dd', {}, value)])),
    el('p', { class: 'meeting-actions' },
      originalLink(meeting.id, { file: source.file }, {}, {
        text: `Åbn det originale dokument${source.file ? ` (${source.file}${source.pages ? `, ${source.pages} ${source.pages === 1 ? 'side' : 'sider'}` : ''})` : ''}`,
      }),
      el('button', { type: 'button', class: 'secondary print-button', text: 'Udskriv mødet', onclick: () => window.print() })));
}

function people(list) {
  return el('ul', { class: 'people' }, list.map(p => el('li', {},
    el('span', { class: 'name', text: p.name }), p.municipality ? el('span', { class: 'muni', text: ` (${p.municipality})` }) : null)));
}

function participants(meeting) {
  const present = meeting.participants ?? [];
  const absent = meeting.absent ?? [];
  if (present.length === 0 && absent.length === 0) return null;
  return el('details', { class: 'participants', open: present.length <= 12 },
    el('summary', {}, el('h3', { text: `Deltagere (${present.length})${absent.length ? ` og afbud (${absent.length})` : ''}` })),
    present.length ? people(present) : el('p', { text: 'Ingen deltagere anført.' }),
    absent.length ? [el('h4', { text: 'Afbud' }), people(absent)] : null);
}

/** Previous and next meeting of the same body, when the API knows them. */
function siblings(meeting, query) {
  const previous = meeting.previous ?? meeting.prev ?? null;
  const next = meeting.next ?? null;
  if (!previous && !next) return null;
  const link = (m, label, rel) => el('a', { href: meetingHref(m.id, null, query), rel, class: `sibling ${rel}` },
    el('span', { class: 'sibling-label', text: label }),
    el('span', { class: 'sibling-title', text: m.date ? formatDate(m.date) : m.title }));
  return el('nav', { class: 'siblings', 'aria-label': `Andre møder i ${meeting.body ?? 'samme organ'}` },
    previous ? link(previous, '← Forrige møde', 'prev') : el('span'),
    next ? link(next, 'Næste møde →', 'next') : el('span'));
}

/** One agenda item: heading, text (by section when the parser found sections) and its decisions marked. */
function itemArticle(meeting, item, isCited, pattern) {
  const decisions = (item.decisions ?? []).filter(d => d.text?.trim());
  const placed = new Set();
  // Decisions are marked where they stand in the minutes; only those not found in the text are added after it.
  const content = text => chunks(text).flatMap(chunk => splitAtDecisions(chunk, decisions, placed)
    .map(part => (part.decision ? decisionBlock(part.text, pattern) : el('p', {}, highlighted(unwrap(part.text), pattern)))));

  const sections = (item.sections ?? []).filter(s => s.text?.trim());
  const body = sections.length
    ? sections.map(s => el('div', { class: 'block' }, el('h4', {}, highlighted(s.name, pattern)), content(s.text)))
    : content(item.text);
  const rest = decisions.filter(d => !placed.has(d)).map(d => decisionBlock(d.text, pattern));

  return el('article', { id: `punkt-${item.id}`, class: `item${isCited ? ' cited' : ''}`, 'aria-labelledby': `h-${item.id}` },
    isCited ? el('p', { class: 'cited-label', text: 'Det fundne punkt' }) : null,
    el('h3', { id: `h-${item.id}` }, highlighted(itemHeading(item), pattern)),
    item.page && meeting.source?.format === 'pdf'
      ? el('p', { class: 'item-page' }, el('a', { href: fileUrl(meeting.id, { file: meeting.source.file ?? '.pdf', page: item.page }), target: '_blank', rel: 'noopener', text: `Side ${item.page} i det originale dokument` }))
      : null,
    el('p', { class: 'item-actions' },
      el('button', { type: 'button', class: 'link-button copy-link', 'data-item': item.id, onclick: () => copyItemLink(meeting, item) },
        'Kopiér link', el('span', { class: 'visually-hidden', text: ` til ${itemHeading(item)}` }))),
    body, rest);
}

/** The item's own address, without the search that led here: what to paste in a mail or a case. */
export function itemLink(meeting, item) {
  return `${location.origin}/#/møde/${encodeURIComponent(meeting.id)}?punkt=${encodeURIComponent(item.id)}`;
}

async function copyItemLink(meeting, item) {
  const link = itemLink(meeting, item);
  try {
    await navigator.clipboard.writeText(link);
    setStatus(`Linket til ${itemHeading(item)} er kopieret.`);
  } catch {
    // No clipboard (an insecure origin or a refusal): show the link to copy by hand.
    setStatus(`Kopiér linket: ${link}`);
  }
}

function decisionBlock(text, pattern) {
  return el('div', { class: 'block decision' },
    el('p', { class: 'decision-label' }, el('span', { class: 'badge badge-decision', text: 'Beslutning' })),
    el('p', {}, highlighted(unwrap(text), pattern)));
}

const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a paragraph around the decisions it contains (matched word by word, so line breaks and
 * spacing may differ): [{ text, decision }], decision null for ordinary text.
 */
function splitAtDecisions(text, decisions, placed) {
  let parts = [{ text, decision: null }];
  for (const decision of decisions) {
    if (placed.has(decision)) continue;
    const words = decision.text.trim().split(/\s+/).map(escapeRegExp);
    const pattern = new RegExp(words.join('\\s+'), 'u');
    parts = parts.flatMap(part => {
      const match = part.decision ? null : pattern.exec(part.text);
      if (!match) return [part];
      placed.add(decision);
      return [
        { text: part.text.slice(0, match.index), decision: null },
        { text: match[0], decision },
        { text: part.text.slice(match.index + match[0].length), decision: null },
      ];
    });
  }
  // A bullet or stray punctuation left beside a decision is not a paragraph of its own.
  return parts.filter(part => /[\p{L}\p{N}]/u.test(part.text));
}

/** Text split into paragraphs at blank lines. */
function chunks(text) {
  const value = (text ?? '').trim();
  return value ? value.split(/\n\s*\n/) : [];
}

/**
 * Joins lines that the source wrapped mid-sentence (the next line starts in lower case) and keeps
 * the others, which are list items or lines of their own; shown with white-space: pre-line.
 */
function unwrap(text) {
  return text.trim().replace(/[ \t]*\n[ \t]*(?=[\p{Ll}(])/gu, ' ');
}

