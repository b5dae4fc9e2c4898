// The console's single status region (role="status") for errors and connection state.
// The transcript log is the only other live region; nothing else announces itself.

let pending = 0;

const region = () => document.getElementById('status');

/** Shows a message; errors are styled as such. The same text twice is announced twice. */
export function showStatus(text, { error = false } = {}) {
  const node = region();
  clearTimeout(pending);
  node.textContent = '';
  node.classList.toggle('status--error', error);
  // Emptying first and filling in a later task makes screen readers announce a repeated message again.
  pending = setTimeout(() => { node.textContent = text; }, 50);
}

export function showError(text) {
  showStatus(text, { error: true });
}

export function clearStatus() {
  clearTimeout(pending);
  region().textContent = '';
}
