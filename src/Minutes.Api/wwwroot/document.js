// The original document as readable text of our own (#/dokument/{id}?punkt=…&passage=…&q=…): the
// file's text as the service read it (GET /api/documents/{id}/text), page by page, with the cited
// passage marked and scrolled to and the query's words highlighted. Text and HTML originals are
// never shown as they are: no foreign markup or script runs, and no encoding can garble them.
import { getJson } from './api.js';
import { el, append, clear, formatDate, fileUrl, meetingHref, itemHeading, highlightPatterns, highlighted } from './dom.js';
import { setStatus, showView, focusHeading, renderError, beginRender, isCurrent } from './state.js';

const $ = id => document.getElementById(id);

export async function renderDocument(id, params, { focus }) {
  const mine = beginRender();
  const view = $('document-view');
  showView('document-view', 'Originalt dokument');
  clear(view).append(el('h2', { id: 'document-heading', text: 'Henter dokumentet …' }));
  setStatus('Henter dokumentet …');
  const itemId = params.get('punkt');
  const query = params.get('q') ?? '';
  let doc;
  let meeting = null;
  try {
    [doc, meeting] = await Promise.all([
      getJson(`/api/documents/${encodeURIComponent(id)}/text`),
      getJson(`/api/meetings/${encodeURIComponent(id)}`).catch(() => null),
    ]);
  } catch (error) {
    if (!isCurrent(mine)) return;
    showView('document-view', 'Dokumentet kunne ikke vises');
    clear(view).append(el('p', { class: 'back' }, el('a', { href: '/', text: '← Til forsiden' })),
      el('h2', { id: 'document-heading', text: 'Dokumentet kunne ikke vises' }));
    const box = el('div');
    view.append(box);
    renderError(box, error, () => renderDocument(id, params, { focus: true }));
    return;
  }
  if (!isCurrent(mine)) return;

  const item = meeting?.items?.find(i => i.id === itemId) ?? null;
  const passage = citedText(item, params.get('passage'));
  const pattern = highlightPatterns(query);
  showView('document-view', `${doc.file} – originalt dokument`);
  const title = meeting?.title ?? doc.file;
  append(clear(view),
    el('header', { class: 'document-header' },
      el('p', { class: 'kicker', text: 'Originalt dokument' }),
      el('h2', { id: 'document-heading', text: title }),
      el('p', { class: 'meta', text: [meeting?.body, formatDate(meeting?.date), doc.file].filter(Boolean).join(' · ') }),
      el('p', { class: 'document-links' },
        meeting ? el('a', { href: meetingHref(id, itemId, query), text: item ? `Vis ${itemHeading(item)} i mødet` : 'Vis mødet' }) : null,
        el('a', { href: fileUrl(id, null), target: '_blank', rel: 'noopener', text: `Hent filen (${doc.format.toUpperCase()})` })),
      el('p', { class: 'hint-dark', text: 'Teksten er læst fra filen; opsætningen kan afvige. CPR-numre er skjult.' })));

  const body = el('div', { class: 'document-text' });
  let marked = null;
  for (const page of doc.pages) {
    const block = el('section', { class: 'document-page', 'aria-label': `Side ${page.number}` });
    if (doc.pages.length > 1) block.append(el('h3', { class: 'page-number', text: `Side ${page.number}` }));
    const found = marked ? null : locate(page.text, passage);
    if (found) {
      marked = el('mark', { class: 'passage', id: 'det-citerede', tabindex: '-1' }, highlighted(page.text.slice(found.start, found.end), pattern));
      block.append(el('div', { class: 'page-text' },
        highlighted(page.text.slice(0, found.start), pattern), marked, highlighted(page.text.slice(found.end), pattern)));
    } else {
      block.append(el('div', { class: 'page-text' }, highlighted(page.text, pattern)));
    }
    body.append(block);
  }
  view.append(body);

  if (marked) {
    marked.scrollIntoView({ block: 'center' });
    if (focus) marked.focus({ preventScroll: true });
    setStatus(`${doc.file}: det citerede sted er markeret.`);
  } else {
    window.scrollTo(0, 0);
    if (focus) focusHeading($('document-heading'));
    setStatus(passage ? `${doc.file}. Det citerede sted kunne ikke findes i teksten.` : `${doc.file}.`);
  }
}

/** The cited passage's text: a decision ("…:decision:2"), else the item's text or title. */
function citedText(item, passageId) {
  if (!item) return '';
  const decision = /:decision:(\d+)$/.exec(passageId ?? '');
  if (decision) {
    const text = item.decisions?.[Number(decision[1]) - 1]?.text;
    if (text) return text;
  }
  return item.text || item.title || '';
}

const words = text => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words in order with anything (spaces, line breaks, punctuation, bullets) between them. */
const wordRun = list => new RegExp(list.map(escape).join('[^\\p{L}\\p{N}]+'), 'iu');

/**
 * Where <passage> stands in <text>: found by its first words and its last words, with any spacing and
 * punctuation between, since the document's lines are wrapped and bulleted differently from the
 * parsed passage. Null when its start is not on this page.
 */
function locate(text, passage) {
  const all = words(passage);
  if (all.length === 0) return null;
  const head = wordRun(all.slice(0, Math.min(8, all.length))).exec(text);
  if (!head) return null;
  const start = head.index;
  if (all.length <= 8) return { start, end: start + head[0].length };
  const tail = wordRun(all.slice(-6)).exec(text.slice(start));
  const end = tail ? start + tail.index + tail[0].length : start + head[0].length;
  // A tail found far beyond the passage's length belongs to a later repetition: keep the head only.
  return end - start > passage.length * 2 + 200 ? { start, end: start + head[0].length } : { start, end };
}
