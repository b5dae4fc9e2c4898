// Small DOM and formatting helpers. Server data only ever becomes text nodes or plain attribute values.

/**
 * Builds an element. Children may be nodes or strings; strings become text nodes, never markup.
 * Attributes with the value false, null or undefined are left out; functions under "on…" become listeners.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  node.append(...children.flat().filter((child) => child != null && child !== false));
  return node;
}

/** The URL if it is an absolute https URL, otherwise null: the console links nowhere else. */
export function httpsUrl(text) {
  try {
    const url = new URL(String(text));
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A fresh client message id ([A-Za-z0-9_-]); getRandomValues works on plain http too, randomUUID does not. */
export function newClientMessageId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return 'clerk-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const timeOfDay = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit',
});

/** "19:05" today, "22.11., 19:05" on other days; empty for a missing time. */
export function clockTime(iso) {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  return date.toDateString() === new Date().toDateString() ? timeOfDay.format(date) : dayAndTime.format(date);
}

/** Whole minutes between an ISO time and now, never negative (the server clock may be slightly ahead). */
export function minutesSince(iso, now = Date.now()) {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? 0 : Math.max(0, Math.floor((now - then) / 60_000));
}

/** A German duration for "seit …" / "vor …": "weniger als 1 Min.", "12 Min.", "2 Std. 5 Min.", "3 Tagen". */
export function durationText(minutes) {
  if (minutes < 1) return 'weniger als 1 Min.';
  if (minutes < 60) return `${minutes} Min.`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return `${Math.floor(hours / 24)} Tagen`;
  const rest = minutes % 60;
  return rest ? `${hours} Std. ${rest} Min.` : `${hours} Std.`;
}

/** Readable fallback for a service id ("reisepass-beantragen" -> "reisepass beantragen"). */
export function serviceLabel(service) {
  return String(service ?? '').replace(/[-_]+/g, ' ').trim();
}

export const REASONS = {
  REQUESTED: 'Wunsch nach persönlicher Beratung',
  FAILED_ATTEMPTS: 'Bot fand keine Antwort',
  NEGATIVE_FEEDBACK: 'Antwort als nicht hilfreich bewertet',
};

export const SENDERS = {
  CITIZEN: 'Bürger/in',
  BOT: 'Bürgerbot',
  CLERK: 'Sachbearbeitung',
  SYSTEM: 'System',
};

/**
 * Makes a list show `items` in order, reusing the item elements by key: existing elements are updated in
 * place and only moved when the order really changed, so a focused button in the list keeps its focus.
 */
export function syncList(list, items, keyOf, create, update) {
  const existing = new Map([...list.children].map((child) => [child.dataset.key, child]));
  const wanted = new Set(items.map(keyOf));
  for (const [key, child] of existing) {
    if (!wanted.has(key)) child.remove();
  }
  let previous = null;
  for (const item of items) {
    const key = keyOf(item);
    let child = existing.get(key);
    if (!child) {
      child = create(item);
      child.dataset.key = key;
    }
    update(child, item);
    const expected = previous ? previous.nextElementSibling : list.firstElementChild;
    if (expected !== child) list.insertBefore(child, expected);
    previous = child;
  }
}

/** Runs a list update; if it removed the focused element, focus moves to `fallback()` instead of the page. */
export function keepingFocus(container, change, fallback) {
  const active = document.activeElement;
  const hadFocus = container.contains(active);
  change();
  // A hidden element loses focus only at the next rendering step, so ask whether it is still rendered.
  if (hadFocus && (!container.contains(active) || active.getClientRects().length === 0)) fallback()?.focus();
}
