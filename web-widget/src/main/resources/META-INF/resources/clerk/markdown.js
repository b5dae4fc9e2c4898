// The knowledge base's small Markdown (paragraphs, **bold**, "- " and "1. " lists, bare https URLs),
// rendered by building DOM nodes. Anything else stays literal text; no HTML is ever parsed.

import { el, httpsUrl } from './dom.js';

const INLINE = /\*\*(.+?)\*\*|(https:\/\/[^\s<>"]+)/g;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Text with **bold** and https links as nodes. */
function inline(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    nodes.push(text.slice(last, match.index));
    if (match[1] !== undefined) {
      nodes.push(el('strong', {}, match[1]));
      last = match.index + match[0].length;
      continue;
    }
    // Sentence punctuation after a bare URL is not part of it.
    const raw = match[2].replace(/[.,;:!?)]+$/, '');
    const url = httpsUrl(raw);
    nodes.push(url ? externalLink(url.href, raw) : raw);
    last = match.index + raw.length;
  }
  nodes.push(text.slice(last));
  return nodes.filter((node) => node !== '');
}

/** A link that opens in a new tab, so the console stays open; only call with a checked https URL. */
export function externalLink(href, text) {
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer' },
    text, el('span', { class: 'visually-hidden' }, ' (öffnet neuen Tab)'));
}

/** A fragment of p, ul and ol elements for the given Markdown text. */
export function renderMarkdown(markdown) {
  const fragment = document.createDocumentFragment();
  let block = null; // the p, ul or ol being filled
  for (const line of String(markdown ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      block = null;
      continue;
    }
    const bullet = line.match(BULLET);
    const numbered = bullet ? null : line.match(NUMBERED);
    const tag = bullet ? 'ul' : numbered ? 'ol' : 'p';
    if (block?.tagName.toLowerCase() !== tag) {
      block = fragment.appendChild(el(tag));
    } else if (tag === 'p') {
      block.append(el('br'));
    }
    if (tag === 'p') {
      block.append(...inline(line.trim()));
    } else {
      block.append(el('li', {}, ...inline((bullet ?? numbered)[1])));
    }
  }
  return fragment;
}

/** The Markdown as plain text for the reply box: bold markers go, everything else reads fine as is. */
export function plainText(markdown) {
  return String(markdown ?? '').replace(/\r\n?/g, '\n').replace(/\*\*(.+?)\*\*/g, '$1').trim();
}
