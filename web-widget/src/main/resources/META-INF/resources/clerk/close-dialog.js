// Confirmation before a chat is closed: a modal <dialog>; Escape cancels and focus returns to the opener.

export class CloseDialog {
  constructor() {
    this.dialog = document.getElementById('close-dialog');
    this.text = document.getElementById('close-dialog-text');
  }

  /** Shows the question; resolves true when the clerk confirms. */
  ask(message, opener) {
    this.text.textContent = message;
    this.dialog.returnValue = ''; // Escape keeps the old value, so a previous "confirm" must not linger
    this.dialog.showModal();
    return new Promise((resolve) => {
      this.dialog.addEventListener('close', () => {
        opener.focus();
        resolve(this.dialog.returnValue === 'confirm');
      }, { once: true });
    });
  }
}
