// The bot's candidate answers for a chat, each readable in full and insertable into the reply box.

import { el, httpsUrl, serviceLabel } from './dom.js';
import { renderMarkdown, externalLink } from './markdown.js';
import { insertableText } from './knowledge.js';

function card(service, answer, titleId, onInsert) {
  const links = (answer.links ?? []).flatMap((link) => {
    const url = httpsUrl(link.url);
    return url ? [el('li', {}, externalLink(url.href, String(link.title || url.href)))] : [];
  });
  return el('li', { class: 'card candidate', 'data-testid': 'candidate', 'data-service': service },
    el('h4', { class: 'card-title', id: titleId }, String(answer.title || serviceLabel(service))),
    el('details', {},
      el('summary', {}, 'Text ansehen'),
      el('div', { class: 'markdown' }, renderMarkdown(answer.text)),
      links.length ? el('ul', { class: 'links' }, links) : null),
    el('button', {
      type: 'button', class: 'button', 'data-testid': 'insert-candidate', 'aria-describedby': titleId,
      onclick: () => onInsert(insertableText(answer)),
    }, 'Antwort einfügen'));
}

/**
 * The content for a chat's suggestion area. state: {loading: true} | {failed: true} | {items: [{service, answer}]};
 * idPrefix keeps element ids unique per chat; onInsert(text) receives the answer as plain text.
 */
export function renderSuggestions(state, idPrefix, onInsert) {
  if (state.loading) return el('p', {}, 'Vorschläge werden geladen …');
  if (state.failed) return el('p', {}, 'Die Vorschläge konnten nicht geladen werden.');
  if (!state.items.length) return el('p', {}, 'Für diesen Chat liegen keine Vorschläge vor.');
  return el('ul', { class: 'cards' },
    state.items.map(({ service, answer }, index) => card(service, answer, `${idPrefix}-${index}`, onInsert)));
}
