// The "Spørg" answer: the answer text with its [n] markers as links to the numbered sources, and the
// sources themselves, each opening the meeting view at the cited item.
import { el, append, formatDate, kindLabels, snippet, originalLink, meetingHref, itemHeading } from './dom.js';
import { setStatus } from './state.js';

export function renderAnswer(container, state, data) {
  const citations = data.citations ?? [];
  const byNumber = new Map(citations.map(c => [Number(c.number), c]));
  const section = el('section', { class: 'answer', 'aria-labelledby': 'answer-heading' },
    el('h2', { id: 'answer-heading', text: 'Svar' }));

  if (!data.answer || citations.length === 0) {
    section.append(el('p', { text: data.answer || 'Referaterne indeholder ikke et svar på spørgsmålet.' }),
      el('p', { class: 'hint', text: 'Prøv at spørge med andre ord, eller søg efter emnet i "Søg".' }));
    container.append(section);
    setStatus(`Intet svar fundet på »${state.q}«.`);
    return;
  }

  append(section, answerSource(data, citations, state.q));
  const body = el('div', { class: 'answer-text' });
  for (const paragraph of data.answer.split(/\n+/).filter(p => p.trim())) {
    body.append(el('p', {}, withCitationLinks(paragraph, byNumber, state.q)));
  }
  section.append(body);
  section.append(el('p', { class: 'answer-mode' }, data.mode === 'llm'
    ? 'Sammenfattet af en sprogmodel ud fra kilderne nedenfor. Kontroller altid i kilden.'
    : 'Svaret består af sætninger citeret direkte fra referaterne.'));
  if (data.warning) section.append(el('p', { class: 'notice warning', role: 'note', text: data.warning }));

  section.append(el('h3', { id: 'sources-heading', text: 'Kilder' }));
  const list = el('ol', { class: 'citations', 'aria-labelledby': 'sources-heading' });
  for (const c of citations) {
    const meeting = c.meeting ?? {};
    const href = meetingHref(meeting.id, c.item?.id, state.q);
    list.append(el('li', { id: `kilde-${c.number}`, class: 'citation' },
      el('span', { class: 'citation-number', 'aria-hidden': 'true', text: `[${c.number}]` }),
      el('div', {},
        el('p', { class: 'citation-title' },
          el('span', { class: `badge badge-${c.kind}`, text: kindLabels[c.kind] ?? c.kind }), ' ',
          el('a', { href }, el('span', { class: 'visually-hidden', text: `Kilde ${c.number}: ` }), c.item ? itemHeading(c.item) : meeting.title)),
        el('p', { class: 'hit-meta' },
          c.item ? el('span', { text: meeting.title }) : null,
          meeting.body ? el('span', { text: meeting.body }) : null,
          meeting.date ? el('time', { datetime: meeting.date, text: formatDate(meeting.date) }) : null),
        el('p', { class: 'snippet' }, snippet(c.snippet)),
        el('p', { class: 'hit-links' },
          el('a', { href, text: 'Vis i mødet' }),
          originalLink(meeting.id, c.source, { itemId: c.item?.id, passageId: c.id, query: state.q }, { meetingTitle: meeting.title })))));
  }
  section.append(list);
  container.append(section);
  setStatus(`Svar på »${state.q}« med ${citations.length} ${citations.length === 1 ? 'kilde' : 'kilder'}.`);
}

/**
 * When and where the answer was decided, before the answer itself: "Hvornår …?" is answered by a date.
 * The answer's own date and meeting when the API gives them, else those of the source its first
 * sentence cites (the answer opens with the sentence holding what was asked).
 */
function answerSource(data, citations, query) {
  const firstCited = Number(/\[(\d+)/.exec(data.answer ?? '')?.[1]);
  const source = citations.find(c => Number(c.number) === firstCited) ?? citations[0];
  const meeting = data.meeting ?? source?.meeting ?? {};
  const date = data.date ?? meeting.date;
  const item = data.meeting ? data.item : source?.item;
  if (!date && !meeting.title) return null;
  return el('dl', { class: 'answer-when' },
    date ? [el('dt', { text: 'Dato' }), el('dd', { class: 'answer-date' }, el('time', { datetime: date, text: formatDate(date) }))] : null,
    el('dt', { text: 'Møde' }),
    el('dd', {}, el('a', { href: meetingHref(meeting.id, item?.id, query) },
      [meeting.body, item ? itemHeading(item) : meeting.title].filter(Boolean).join(', '))));
}

/** Text with each [n] (or [1, 2]) that names a source turned into a link to that source's meeting item. */
function withCitationLinks(text, byNumber, query) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)) {
    const numbers = match[1].split(',').map(n => Number(n.trim()));
    if (!numbers.every(n => byNumber.has(n))) continue;
    fragment.append(document.createTextNode(text.slice(last, match.index)));
    for (const n of numbers) {
      const c = byNumber.get(n);
      const where = [c.meeting?.title, c.item ? itemHeading(c.item) : null].filter(Boolean).join(', ');
      fragment.append(el('a', {
        class: 'cite', href: meetingHref(c.meeting?.id, c.item?.id, query),
        'aria-label': `Kilde ${n}: ${where}`, title: where, text: `[${n}]`,
      }));
    }
    last = match.index + match[0].length;
  }
  fragment.append(document.createTextNode(text.slice(last)));
  return fragment;
}
