// Small DOM helpers. Text from the API is always set as text; the only HTML ever parsed is a search
// snippet, and that goes through snippet() which keeps nothing but <mark>.

/** Creates an element: el('a', { href: '#', class: 'x', text: 'y', onclick: fn }, child, ...). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "2024-06-14" → "14. juni 2024"; null stays empty. */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${Number(m[3])}. ${months[Number(m[2]) - 1]} ${m[1]}` : '';
}

/** Danish number formatting: 1234 → "1.234". */
export function formatCount(n) {
  return Number(n ?? 0).toLocaleString('da-DK');
}

export const kindLabels = { item: 'Punkt', decision: 'Beslutning', meeting: 'Møde' };

/**
 * The API's snippet is HTML-escaped text with <mark> around matches. It is parsed in an inert
 * <template> and every element other than <mark> is replaced by its text, so even a broken snippet
 * can never bring markup or script into the page.
 */
export function snippet(html) {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') fragment.append(el('mark', { text: node.textContent }));
    else fragment.append(document.createTextNode(node.textContent));
  }
  return fragment;
}

// Function words that would light up half the text; the rest of the query is highlighted.
const stopWords = new Set(('af alle alt at blev blive bliver da de dem den denne der deres det dette dig din disse du efter '
  + 'eller en end er et for fra ham han hans har havde hende hendes her hos hun hvad hvem hvilke hvis hvor hvordan '
  + 'hvornår i ikke ind jeg jer kan kunne man mange med meget men mig min mod når og også om op os over på sig sin '
  + 'skal skulle som så til ud under var vi vil ville været')
  .split(' '));

/**
 * Highlight patterns for query words: each word of 3+ letters that is not a function word, cut to a
 * stem-like prefix so "Døgndiamanten" also marks "Døgndiamant" and "besluttet" marks "besluttede".
 */
export function highlightPatterns(query) {
  const words = (query ?? '').toLocaleLowerCase('da-DK').match(/[\p{L}\p{N}§]+/gu) ?? [];
  const prefixes = [...new Set(words.filter(w => w.length >= 3 && !stopWords.has(w))
    .map(w => (w.length > 6 ? w.slice(0, w.length - 2) : w)))];
  if (prefixes.length === 0) return null;
  prefixes.sort((a, b) => b.length - a.length);
  const escaped = prefixes.map(p => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** Plain text as nodes, with words matching <pattern> in <mark>. */
export function highlighted(text, pattern) {
  const fragment = document.createDocumentFragment();
  if (!pattern) {
    fragment.append(document.createTextNode(text ?? ''));
    return fragment;
  }
  let last = 0;
  for (const match of (text ?? '').matchAll(pattern)) {
    if (match.index > last) fragment.append(document.createTextNode(text.slice(last, match.index)));
    fragment.append(el('mark', { text: match[0] }));
    last = match.index + match[0].length;
  }
  if (last < (text ?? '').length) fragment.append(document.createTextNode(text.slice(last)));
  return fragment;
}

const isPdf = source => Boolean(source?.file?.toLowerCase().endsWith('.pdf'));

/** The original file itself; PDFs open at the cited page (#page=N) in the browser's PDF viewer. */
export function fileUrl(meetingId, source) {
  const url = `/api/documents/${encodeURIComponent(meetingId)}/file`;
  return isPdf(source) && source.page ? `${url}#page=${source.page}` : url;
}

/**
 * Where "Originalt dokument" goes: a PDF itself at the cited page; any other original (text, HTML,
 * Word) to the page's own document view, #/dokument/{id}?punkt=…&passage=…&q=…, which shows its text
 * readably with the cited passage marked. Either opens in a new tab.
 */
export function documentUrl(meetingId, source, { itemId, passageId, query } = {}) {
  if (isPdf(source)) return fileUrl(meetingId, source);
  const params = new URLSearchParams();
  if (itemId) params.set('punkt', itemId);
  if (passageId) params.set('passage', passageId);
  if (query) params.set('q', query);
  const tail = params.toString();
  return `/#/dokument/${encodeURIComponent(meetingId)}${tail ? `?${tail}` : ''}`;
}

/** The link to an original, opening in a new tab and saying so to screen readers. */
export function originalLink(meetingId, source, where, { text = 'Originalt dokument', meetingTitle } = {}) {
  const page = source?.page && isPdf(source) ? ` (side ${source.page})` : '';
  return el('a', { href: documentUrl(meetingId, source, where), class: 'doc-link', target: '_blank', rel: 'noopener' },
    text, meetingTitle ? el('span', { class: 'visually-hidden', text: ` for ${meetingTitle}` }) : null, page,
    el('span', { class: 'visually-hidden', text: ' (åbner i en ny fane)' }));
}

/** The meeting view's address: #/møde/{id}?punkt={itemId}&q={query}. */
export function meetingHref(meetingId, itemId, query) {
  const params = new URLSearchParams();
  if (itemId) params.set('punkt', itemId);
  if (query) params.set('q', query);
  const tail = params.toString();
  return `${location.pathname}${location.search}#/møde/${encodeURIComponent(meetingId)}${tail ? `?${tail}` : ''}`;
}

/** "Punkt 6. Drøfte fremtidig målgruppe …"; the number as written, without a trailing dot doubled. */
export function itemHeading(item) {
  if (!item) return '';
  const number = (item.number ?? '').replace(/[.)]\s*$/, '');
  return number ? `Punkt ${number}. ${item.title}` : item.title;
}
