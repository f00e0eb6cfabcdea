// The search box's suggestions: an ARIA 1.2 combobox with a listbox popup. Fetches /api/suggest
// 200 ms after the last keystroke, cancels stale requests, and is fully usable by keyboard:
// ↓/↑ move, Enter chooses, Escape closes, Tab leaves.
import { getJson } from './api.js';
import { el, clear } from './dom.js';

const kindNames = { term: 'ord', body: 'organ', title: 'punkt' };
const debounceMs = 200;

export function attachSuggestions(input, list, onChoose) {
  let timer = 0;
  let controller = null;
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = index => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = index => {
    const suggestion = items[index];
    close();
    if (suggestion) {
      input.value = suggestion.query;
      onChoose(suggestion);
    }
  };

  const render = (suggestions, text = '') => {
    items = suggestions;
    // Which text the list answers: the old list stays up while the next one loads.
    list.dataset.for = text;
    clear(list);
    suggestions.forEach((s, i) => {
      list.append(el('li', {
        id: `forslag-${i}`, role: 'option', 'aria-selected': 'false', class: `suggestion kind-${s.kind}`,
        // mousedown, not click: it fires before the input's blur closes the list.
        onmousedown: event => { event.preventDefault(); choose(i); },
      },
      el('span', { class: 'suggestion-text', text: s.kind === 'term' ? s.query : s.text }),
      el('span', { class: 'suggestion-kind', text: s.detail ? `${kindNames[s.kind]} · ${s.detail}` : kindNames[s.kind] })));
    });
    if (suggestions.length > 0 && document.activeElement === input) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    } else {
      close();
    }
  };

  const fetchSuggestions = async () => {
    controller?.abort();
    const text = input.value;
    if (text.trim().length < 2) {
      render([]);
      return;
    }
    controller = new AbortController();
    try {
      const response = await getJson('/api/suggest', { q: text }, { signal: controller.signal });
      if (input.value === text) render(response.suggestions ?? [], text);
    } catch {
      // Suggestions are a convenience: on any failure the box just works without them.
      render([]);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, debounceMs);
  });
  input.addEventListener('keydown', event => {
    const open = !list.hidden && items.length > 0;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) {
        clearTimeout(timer);
        fetchSuggestions();
      } else {
        setActive((active + 1) % items.length);
      }
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    /** Closes the list and forgets pending lookups (after a search is submitted). */
    cancel() {
      clearTimeout(timer);
      controller?.abort();
      close();
    },
  };
}
