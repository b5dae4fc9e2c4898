// Tiny DOM helpers. Everything the widget shows is built from nodes; text is always set as text, never parsed.

/** Creates an element: attributes (on* become listeners, true becomes ""), then children (strings become text). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  return el;
}

/** An inline SVG icon (24×24 path), hidden from assistive technology. */
export function icon(path) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}

/** Text only for screen readers. */
export const sr = (text) => h('span', { class: 'sr' }, text);

/** A random id usable as clientMessageId ([A-Za-z0-9_-], at most 64 characters). */
export function uid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The URL if it is an absolute https URL, else null: the only links the widget creates from server data. */
export function httpsUrl(value) {
  try {
    const url = new URL(String(value));
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A link that opens in a new window (the chat stays open) and says so to screen-reader users, in the interface
 * language uiLang (given when the link sits inside text in another language).
 */
export function externalLink(href, label, t, uiLang) {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label,
    h('span', { class: 'sr', lang: uiLang }, ' ' + t('newWindow')));
}
