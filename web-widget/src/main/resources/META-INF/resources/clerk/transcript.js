// One conversation's messages, kept by seq: duplicates are dropped, late arrivals slot into place,
// and `contiguous` says what to ask the server for after a gap or a reconnect (?after=contiguous).

import { el } from './dom.js';
import { renderMessage } from './messages.js';

export class Transcript {
  constructor() {
    this.nodes = new Map(); // seq -> li
    this.contiguous = 0; // every seq from 1 to here is present (the server numbers from 1 without gaps)
    this.highest = 0;
    this.list = el('ol', { class: 'messages' });
  }

  /** Adds a stored message; returns false for duplicates and for live-only frames without seq. */
  add(message) {
    const seq = message?.seq;
    if (!Number.isInteger(seq) || this.nodes.has(seq)) return false;
    const node = renderMessage(message);
    this.list.insertBefore(node, seq > this.highest ? null : this.nextNode(seq));
    this.nodes.set(seq, node);
    this.highest = Math.max(this.highest, seq);
    while (this.nodes.has(this.contiguous + 1)) this.contiguous++;
    return true;
  }

  /** True when something is missing below the newest message. */
  get hasGap() {
    return this.highest > this.contiguous;
  }

  nextNode(seq) {
    let next = null;
    for (const [other, node] of this.nodes) {
      if (other > seq && (next === null || other < next.seq)) next = { seq: other, node };
    }
    return next?.node ?? null;
  }
}
