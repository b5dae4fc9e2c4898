// Renders one stored message (REST array or STOMP frame) as a transcript entry. Server data only ever becomes
// text nodes or https links. ctx: {t, uiLang, onOption(title), onFeedback(seq, helpful),
// onCallback({contact, question}), onRestart(), lastQuestion()}.
import { h, externalLink, httpsUrl } from './dom.js';
import { markdown } from './markdown.js';
import { callbackForm } from './callback-form.js';

const SENDER = { CITIZEN: 'senderCitizen', BOT: 'senderBot', CLERK: 'senderClerk', SYSTEM: 'senderSystem' };

/** The shell of every transcript entry, with the test hooks data-testid, data-sender and data-kind. */
export function entry(sender, kind, ctx, content) {
  return h('div', { class: `msg msg-${String(sender).toLowerCase()}`, 'data-testid': 'message',
    'data-sender': sender, 'data-kind': kind },
  h('p', { class: 'who' }, ctx.t(SENDER[sender] || 'senderSystem')),
  h('div', { class: 'bubble' }, content));
}

const text = (value, lang) => h('p', { class: 'text', lang }, String(value ?? ''));

/** The lang attribute for the server's words (German so far) where the interface speaks another language. */
const serverLang = (ctx, lang) => ((lang || 'de') !== ctx.uiLang ? lang || 'de' : null);

/** The transcript entry for a message, or null for kinds that are not shown (feedback, unknown). */
export function renderMessage(m, ctx) {
  const body = m.body || {};
  if (m.kind === 'text') return entry(m.sender, m.kind, ctx, text(body.text));
  if (m.kind === 'bot.reply') return entry(m.sender, m.kind, ctx, botReply(m.seq, body, ctx));
  if (m.kind === 'event') {
    const content = eventContent(body, ctx);
    return content && entry(m.sender || 'SYSTEM', m.kind, ctx, content);
  }
  return null;
}

function botReply(seq, reply, ctx) {
  const parts = [];
  const answer = reply.answer;
  const replyId = `bb-reply-${seq}`;
  const lang = serverLang(ctx, reply.lang);
  // For ANSWER the reply repeats the card's first paragraph: show it once.
  const repeated = answer && reply.reply && String(answer.text || '').trim().startsWith(reply.reply.trim());
  if (reply.reply && !repeated) parts.push(h('p', { class: 'text', id: replyId, lang }, String(reply.reply)));
  if (answer) parts.push(answerCard(answer, lang, ctx));
  const options = Array.isArray(reply.options) ? reply.options.filter((o) => o && o.title) : [];
  if (options.length) {
    parts.push(h('div', { class: 'options', role: 'group', 'aria-labelledby': repeated ? null : replyId,
      'aria-label': repeated ? ctx.t('optionsLabel') : null },
    options.map((o) => h('button', { type: 'button', class: 'chip', 'data-testid': 'option', lang,
      onclick: () => ctx.onOption(String(o.title)) }, String(o.title)))));
  }
  if (reply.action === 'ANSWER' && answer) parts.push(feedback(seq, ctx));
  return parts;
}

function answerCard(answer, lang, ctx) {
  const makeLink = (href, label) => externalLink(href, label, ctx.t, lang && ctx.uiLang);
  const links = (Array.isArray(answer.links) ? answer.links : []).filter((l) => l && l.url);
  return h('div', { class: 'card' },
    h('div', { lang },
      answer.title ? h('h3', null, String(answer.title)) : null,
      markdown(answer.text, makeLink)),
    links.length ? [
      h('p', { class: 'links-title' }, ctx.t('linksTitle')),
      h('ul', { class: 'links', lang }, links.map((l) => {
        const href = httpsUrl(l.url);
        const label = String(l.title || l.url);
        return h('li', null, href ? makeLink(href, label) : label);
      })),
    ] : null);
}

function feedback(seq, ctx) {
  const question = h('span', { id: `bb-fb-${seq}` }, ctx.t('helpful'));
  const group = h('div', { class: 'feedback', role: 'group', 'aria-labelledby': `bb-fb-${seq}`, 'data-about': seq });
  const button = (helpful) => h('button', { type: 'button', 'data-testid': helpful ? 'feedback-yes' : 'feedback-no',
    onclick: () => ctx.onFeedback(seq, helpful) }, ctx.t(helpful ? 'yes' : 'no'));
  group.append(question, button(true), button(false));
  return group;
}

/** Replaces the feedback buttons of bot message seq by a thank-you (after a click or a stored feedback). */
export function markFeedback(root, seq, helpful, ctx) {
  const group = root.querySelector(`.feedback[data-about="${Number(seq)}"]`);
  if (group) group.replaceWith(h('p', { class: 'note' }, ctx.t(helpful ? 'thanksYes' : 'thanksNo')));
}

function eventContent(event, ctx) {
  switch (event.type) {
    case 'clerk.joined':
      return text(ctx.t('clerkJoined'));
    case 'conversation.closed':
    case 'citizen.left':
      return [text(ctx.t(event.type === 'citizen.left' ? 'left' : 'closed')),
        h('button', { type: 'button', class: 'secondary', onclick: () => ctx.onRestart() }, ctx.t('newConversation'))];
    case 'handoff.unavailable':
      return [event.text ? text(event.text, serverLang(ctx)) : text(ctx.t('unavailable')),
        event.callback === false ? null : callbackForm(ctx)];
    default:
      return null;
  }
}
