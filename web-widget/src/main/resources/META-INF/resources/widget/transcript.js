// The transcript's layout: entries in seq order (unconfirmed ones last), scrolling that keeps a new entry
// readable from its start, and the status lines at the end (queue position, clerk typing), all inside the
// one role="log" so that screen readers hear them there.
import { h } from './dom.js';

export class Transcript {
  constructor(parts) {
    this.parts = parts;
  }

  /** What scrolls: the log, or the whole panel when the text is very large (widget.js fit()). */
  scroller() {
    return this.parts.root.classList.contains('tight') ? this.parts.panel : this.parts.log;
  }

  nearEnd(slack) {
    const box = this.scroller();
    return box.scrollHeight - box.scrollTop - box.clientHeight < slack;
  }

  /** Scrolls so that the entry's start is visible (long answers are read from the top). */
  reveal(el) {
    const box = this.scroller();
    const top = el.offsetTop + (box === this.parts.log ? 0 : this.parts.log.offsetTop);
    box.scrollTop = Math.min(top - 8, box.scrollHeight - box.clientHeight);
  }

  scrollToEnd() {
    const box = this.scroller();
    box.scrollTop = box.scrollHeight;
  }

  /** Inserts a stored entry in seq order, before unconfirmed ones. */
  place(el, seq) {
    el.dataset.seq = String(seq);
    const list = this.parts.messages;
    for (const child of list.children) {
      if (child !== el && (child.hasAttribute('data-pending') || Number(child.dataset.seq) > seq)) {
        list.insertBefore(el, child);
        return;
      }
    }
    list.append(el);
  }

  /** Appends an entry that has no seq yet (the citizen's message on its way). */
  append(el) {
    this.parts.messages.append(el);
    this.reveal(el);
  }

  /** Empties the transcript but for the given nodes. */
  clear(keep) {
    this.parts.messages.replaceChildren(...keep);
  }

  /** Shows (text) or removes (null) the queue status. Only real changes are written, so only they are read out. */
  queueStatus(text) {
    const { status } = this.parts;
    if (!text) {
      status.replaceChildren();
      return;
    }
    let box = status.firstElementChild;
    if (!box) status.append(box = h('p', { class: 'queue', 'data-testid': 'queue-status' }));
    if (box.textContent !== text) box.textContent = text;
  }

  /** Shows the clerk's typing indicator for a few seconds (each typing frame renews it); false hides it. */
  typing(show) {
    clearTimeout(this.typingTimer);
    this.parts.typing.hidden = !show;
    if (show) {
      this.typingTimer = setTimeout(() => { this.parts.typing.hidden = true; }, 6000);
      if (this.nearEnd(120)) this.scrollToEnd();
    }
  }
}
