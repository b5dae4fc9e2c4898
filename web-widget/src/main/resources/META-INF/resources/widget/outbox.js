// The citizen's unsent messages. Each gets a clientMessageId once and keeps it: after a network failure the
// same message is posted again with the same id, in order, with growing pauses (the server stores it once).
// A message leaves the outbox when the server's copy arrives (confirm), not when the POST returns.
import { h, uid } from './dom.js';

export class Outbox {
  /** post(item) sends one message and rejects with an ApiError; rejected(error, item) for final refusals. */
  constructor({ post, rejected, t }) {
    this.post = post;
    this.rejected = rejected;
    this.t = t;
    this.items = [];
    this.delay = 0;
  }

  get size() {
    return this.items.length;
  }

  /** Queues a message shown in el (intent: see Chat.send); returns its status line (shown only when something is wrong). */
  add(text, el, intent) {
    const state = h('p', { class: 'state', hidden: true });
    el.querySelector('.bubble').append(state);
    el.setAttribute('data-pending', '');
    this.items.push({ id: 'm-' + uid(), text, intent, el, state });
    this.flush();
  }

  /** The server has stored the message with this clientMessageId: returns its node (now final), or null. */
  confirm(clientMessageId) {
    const index = clientMessageId ? this.items.findIndex((item) => item.id === clientMessageId) : -1;
    if (index < 0) return null;
    const { el, state } = this.items.splice(index, 1)[0];
    el.removeAttribute('data-pending');
    el.classList.remove('failed');
    state.remove();
    return el;
  }

  /** The conversation was replaced: everything not yet stored goes to the new one. */
  reset() {
    this.items.forEach((item) => { item.posted = false; item.failed = false; this.mark(item, ''); });
    return this.items.map((item) => item.el);
  }

  async flush() {
    if (this.flushing) return;
    this.flushing = true;
    clearTimeout(this.timer);
    try {
      for (let next; (next = this.items.find((item) => !item.posted && !item.failed));) {
        try {
          await this.post(next);
          next.posted = true;
          this.mark(next, '');
        } catch (e) {
          if (!e.retryable) {
            next.failed = true;
            this.mark(next, this.t(e.status === 409 ? 'closedSend' : 'failed'));
            this.rejected(e, next);
            continue;
          }
          this.items.filter((item) => !item.posted && !item.failed)
            .forEach((item) => this.mark(item, this.t('retrying')));
          this.delay = Math.min((this.delay || 1000) * 2, 30000);
          this.timer = setTimeout(() => this.flush(), this.delay);
          return;
        }
      }
      this.delay = 0;
    } finally {
      this.flushing = false;
    }
  }

  mark(item, text) {
    item.state.textContent = text;
    item.state.hidden = !text;
    item.el.classList.toggle('failed', Boolean(text));
  }

  stop() {
    clearTimeout(this.timer);
  }
}
