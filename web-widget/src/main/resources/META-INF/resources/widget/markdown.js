// The answer cards' small Markdown subset, rendered to DOM nodes (never innerHTML): paragraphs separated by
// blank lines, **bold**, "- " and "1. " lists, https links (bare, or [text](https://...)). Anything else is text.
import { h, httpsUrl } from './dom.js';

const INLINE = /\*\*(.+?)\*\*|\[([^\]\n]+)\]\((https:\/\/[^\s)]+)\)|(https:\/\/[^\s<>"]+)/g;
const BULLET = /^[-*]\s+/;
const NUMBER = /^(\d{1,3})[.)]\s+/;

/** Inline nodes of one line: text, <strong>, links (via makeLink(href, label)). */
function inline(text, makeLink) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    let [all, bold, label, url, bare] = m;
    let tail = '';
    if (bare) {
      // A URL at the end of a sentence: the full stop or bracket is not part of it.
      const trimmed = bare.replace(/[.,;:!?)\]]+$/, '');
      tail = bare.slice(trimmed.length);
      bare = trimmed;
    }
    out.push(text.slice(last, m.index));
    last = m.index + all.length;
    if (bold != null) {
      out.push(h('strong', null, inline(bold, makeLink)));
    } else {
      const href = httpsUrl(url || bare);
      out.push(href ? makeLink(href, label || bare) : (label || bare));
    }
    out.push(tail);
  }
  out.push(text.slice(last));
  return out.filter((s) => s !== '');
}

/** Renders the text to an array of block nodes (<p>, <ul>, <ol>). */
export function markdown(text, makeLink) {
  const blocks = [];
  const lines = String(text || '').replace(/\r\n?/g, '\n').split('\n');
  let para = null;
  let list = null;
  const end = () => { para = null; list = null; };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) { end(); continue; }
    const bullet = BULLET.test(line);
    const number = NUMBER.exec(line);
    if (bullet || number) {
      const tag = bullet ? 'ul' : 'ol';
      if (!list || list.tagName.toLowerCase() !== tag) {
        list = h(tag, number && number[1] !== '1' ? { start: number[1] } : null);
        blocks.push(list);
      }
      para = null;
      list.append(h('li', null, inline(line.replace(bullet ? BULLET : NUMBER, ''), makeLink)));
    } else {
      list = null;
      if (para) para.append(h('br'));
      else blocks.push(para = h('p'));
      para.append(...inline(line, makeLink));
    }
  }
  return blocks;
}
