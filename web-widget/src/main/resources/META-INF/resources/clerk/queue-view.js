// The waiting conversations: reason, topic, language, waiting time and a claim button each.

import { el, syncList, keepingFocus, durationText, minutesSince, serviceLabel, REASONS } from './dom.js';

export class QueueView {
  /** onClaim(conversationId); titleOf(service) returns a known title or undefined. */
  constructor(onClaim, titleOf) {
    this.list = document.getElementById('queue');
    this.empty = document.getElementById('queue-empty');
    this.count = document.getElementById('queue-count');
    this.heading = document.getElementById('queue-heading');
    this.onClaim = onClaim;
    this.titleOf = titleOf;
    this.waiting = [];
  }

  /** Shows the waiting entries (oldest first, as the server sends them). */
  render(waiting) {
    this.waiting = waiting;
    keepingFocus(this.list,
      () => syncList(this.list, waiting, (entry) => entry.conversationId,
        (entry) => this.create(entry), (item, entry) => this.update(item, entry)),
      () => this.list.querySelector('[data-testid="claim"]') ?? this.heading);
    this.empty.hidden = waiting.length > 0;
    this.count.textContent = `(${waiting.length})`;
  }

  /** Re-renders the labels, e.g. when a topic's title or the time has moved on. */
  refresh() {
    this.render(this.waiting);
  }

  create(entry) {
    const id = entry.conversationId;
    const labelId = `queue-${id}`;
    return el('li', { class: 'card queue-item', 'data-testid': 'queue-item', 'data-conversation-id': id },
      el('p', { class: 'card-title', id: labelId },
        el('span', { class: 'queue-reason' }), ' ', el('span', { class: 'queue-topic' })),
      el('p', { class: 'card-meta' }, el('span', { class: 'queue-wait' }), ' ', el('span', { class: 'queue-lang' })),
      el('button', {
        type: 'button',
        class: 'button button--primary',
        'data-testid': 'claim',
        'aria-describedby': labelId,
        onclick: () => this.onClaim(id),
      }, 'Übernehmen'));
  }

  update(item, entry) {
    item.querySelector('.queue-reason').textContent = REASONS[entry.reason] ?? String(entry.reason ?? '');
    item.querySelector('.queue-topic').textContent = entry.topic
      ? `Thema: ${this.titleOf(entry.topic) ?? serviceLabel(entry.topic)}` : 'Thema unbekannt';
    item.querySelector('.queue-wait').textContent = `Wartet seit ${durationText(minutesSince(entry.enqueuedAt))}`;
    item.querySelector('.queue-lang').textContent = entry.lang && entry.lang !== 'de'
      ? `Sprache: ${String(entry.lang).toUpperCase()}` : '';
  }
}
