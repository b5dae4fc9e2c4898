// The reply form: Enter sends, Shift+Enter breaks the line, a character count, one send at a time.

export const MAX_TEXT = 1000; // the server's limit per message

export class ReplyBox {
  /** handlers: onSend(text) -> Promise<boolean> (true: sent, clear the box), onInput(value), onInvalid(message) */
  constructor(handlers) {
    this.handlers = handlers;
    this.form = document.getElementById('reply-form');
    this.field = document.getElementById('reply');
    this.count = document.getElementById('reply-count');
    this.button = document.getElementById('send');
    this.sending = false;
    this.field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.form.requestSubmit();
      }
    });
    this.field.addEventListener('input', () => this.changed());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
  }

  get value() {
    return this.field.value;
  }

  /** Replaces the text without counting as typing (e.g. another chat's draft). */
  set value(text) {
    this.field.value = text;
    this.renderCount();
  }

  set hidden(hidden) {
    this.form.hidden = hidden;
  }

  focus() {
    this.field.focus();
  }

  /** Puts text at the cursor, on its own paragraph, and focuses the box. */
  insert(text) {
    const { field } = this;
    const before = field.value.slice(0, field.selectionStart);
    const separator = before && !before.endsWith('\n') ? '\n\n' : '';
    field.setRangeText(separator + text, field.selectionStart, field.selectionEnd, 'end');
    field.focus();
    this.changed();
  }

  changed() {
    this.renderCount();
    this.handlers.onInput(this.field.value);
  }

  // No maxlength on the textarea: it would block editing an inserted answer that is too long.
  renderCount() {
    const length = this.field.value.length;
    this.count.textContent = `${length} von ${MAX_TEXT} Zeichen`;
    this.count.classList.toggle('over-limit', length > MAX_TEXT);
  }

  async submit() {
    if (this.sending) return;
    const text = this.field.value.trim();
    if (!text) {
      this.handlers.onInvalid('Bitte geben Sie zuerst eine Antwort ein.');
      return;
    }
    if (text.length > MAX_TEXT) {
      this.handlers.onInvalid(`Die Antwort ist zu lang: ${text.length} von höchstens ${MAX_TEXT} Zeichen.`);
      return;
    }
    this.sending = true;
    this.button.setAttribute('aria-disabled', 'true');
    try {
      // Clear only what was sent: the clerk may have typed on meanwhile.
      if (await this.handlers.onSend(text) && this.field.value.trim() === text) {
        this.field.value = '';
        this.changed();
      }
    } finally {
      this.sending = false;
      this.button.removeAttribute('aria-disabled');
    }
  }
}
