// One transcript entry as DOM: citizen, clerk, bot and system messages. All server text goes in as text nodes.

import { el, clockTime, httpsUrl, SENDERS } from './dom.js';
import { renderMarkdown, externalLink } from './markdown.js';

const ACTIONS = {
  ANSWER: 'Antwort',
  CLARIFY: 'Rückfrage',
  SMALLTALK: 'Smalltalk',
  HANDOFF: 'Übergabe',
  DECLINE: 'Ablehnung',
};

const EVENTS = {
  'clerk.joined': 'Die Sachbearbeitung ist dem Chat beigetreten.',
  'conversation.closed': 'Der Chat wurde beendet.',
  'citizen.left': 'Die Bürgerin oder der Bürger hat den Chat beendet.',
};

function textBody(body) {
  return [el('p', { class: 'msg-text' }, String(body?.text ?? ''))];
}

function botBody(reply) {
  const parts = [el('p', { class: 'msg-text' }, String(reply?.reply ?? ''))];
  const answer = reply?.answer;
  if (answer) {
    const links = (answer.links ?? []).map((link) => {
      const url = httpsUrl(link.url);
      const title = String(link.title || link.url || '');
      return el('li', {}, url ? externalLink(url.href, title) : title);
    });
    parts.push(el('details', { class: 'msg-answer' },
      el('summary', {}, 'Antworttext: ', String(answer.title ?? '')),
      el('div', { class: 'markdown' }, renderMarkdown(answer.text)),
      links.length ? el('ul', { class: 'links' }, links) : null));
  }
  if (reply?.options?.length) {
    parts.push(el('p', { class: 'msg-note' }, 'Angebotene Auswahl:'),
      el('ul', { class: 'options' }, reply.options.map((option) => el('li', {}, String(option.title ?? '')))));
  }
  return parts;
}

function feedbackBody(body) {
  const verdict = body?.helpful ? 'hilfreich' : 'nicht hilfreich';
  return [el('p', { class: 'msg-text' }, `Bewertung der Bot-Antwort Nr. ${body?.about}: ${verdict}`)];
}

function eventBody(body) {
  const text = body?.text || EVENTS[body?.type] || `Ereignis: ${body?.type ?? 'unbekannt'}`;
  return [el('p', { class: 'msg-text' }, String(text))];
}

function bodyOf(message) {
  switch (message.kind) {
    case 'text': return textBody(message.body);
    case 'bot.reply': return botBody(message.body);
    case 'feedback': return feedbackBody(message.body);
    case 'event': return eventBody(message.body);
    default: return [el('p', { class: 'msg-text' }, `Nachricht vom Typ ${message.kind}`)];
  }
}

/** A list item for the transcript, carrying data-testid="message", data-sender and data-seq. */
export function renderMessage(message) {
  const sender = String(message.sender ?? 'SYSTEM');
  const meta = [el('span', { class: 'msg-sender' }, SENDERS[sender] ?? sender)];
  if (message.kind === 'bot.reply' && ACTIONS[message.body?.action]) {
    const confidence = Number(message.body.confidence);
    meta.push(` · ${ACTIONS[message.body.action]}`,
      Number.isFinite(confidence) ? ` (${Math.round(confidence * 100)} %)` : '');
  }
  if (message.createdAt) meta.push(' · ', el('time', { datetime: message.createdAt }, clockTime(message.createdAt)));
  return el('li', {
    class: `msg msg--${sender.toLowerCase()}`,
    'data-testid': 'message',
    'data-sender': sender,
    'data-seq': message.seq,
  }, el('p', { class: 'msg-meta' }, meta), bodyOf(message));
}
