// Open callback requests: contact, question, age and an overdue marker (text, not colour alone).

import { el, syncList, keepingFocus, durationText, minutesSince } from './dom.js';

export class CallbacksView {
  /** onDone(callbackId) marks a request as handled. */
  constructor(onDone) {
    this.list = document.getElementById('callbacks');
    this.empty = document.getElementById('callbacks-empty');
    this.heading = document.getElementById('callbacks-heading');
    this.onDone = onDone;
    this.requests = [];
  }

  render(requests) {
    this.requests = requests;
    keepingFocus(this.list,
      () => syncList(this.list, requests, (request) => request.id,
        (request) => this.create(request), (item, request) => this.update(item, request)),
      () => this.list.querySelector('[data-testid="callback-done"]') ?? this.heading);
    this.empty.hidden = requests.length > 0;
  }

  refresh() {
    this.render(this.requests);
  }

  create(request) {
    const labelId = `callback-${request.id}`;
    return el('li', { class: 'card callback', 'data-testid': 'callback', 'data-callback-id': request.id },
      el('p', { class: 'card-title', id: labelId },
        el('span', { class: 'badge badge--overdue', hidden: true }, 'Überfällig'), ' ',
        el('span', { class: 'callback-contact' })),
      el('p', { class: 'callback-question' }),
      el('p', { class: 'card-meta callback-age' }),
      el('button', {
        type: 'button',
        class: 'button',
        'data-testid': 'callback-done',
        'aria-describedby': labelId,
        onclick: () => this.onDone(request.id),
      }, 'Erledigt'));
  }

  update(item, request) {
    item.classList.toggle('callback--overdue', Boolean(request.overdue));
    item.querySelector('.badge--overdue').hidden = !request.overdue;
    item.querySelector('.callback-contact').textContent = String(request.contact ?? '');
    item.querySelector('.callback-question').textContent = String(request.question ?? '');
    const language = request.lang && request.lang !== 'de' ? `, Sprache: ${String(request.lang).toUpperCase()}` : '';
    item.querySelector('.callback-age').textContent =
      `Eingegangen vor ${durationText(minutesSince(request.createdAt))}${language}`;
  }
}
