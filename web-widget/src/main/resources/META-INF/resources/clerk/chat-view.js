// The chat area: a tab per held chat and one panel showing the selected chat (transcript, typing hint,
// reply box, the bot's suggestions, closing). Per-chat view state (draft, unread count) lives here.

import { el, clockTime, keepingFocus, serviceLabel, REASONS } from './dom.js';
import { Transcript } from './transcript.js';
import { ReplyBox } from './reply-box.js';
import { CloseDialog } from './close-dialog.js';
import { renderSuggestions } from './suggestions.js';

const TYPING_EVERY_MS = 2000; // at most one typing event per chat in this time
const TYPING_SHOWN_MS = 5000; // the citizen's typing hint goes away this long after their last typing event
const OUTCOMES = { answered: 'beantwortet', referred: 'weitergeleitet', 'no-response': 'keine Antwort' };

export class ChatView {
  /**
   * handlers: onSend(id, text) -> Promise<boolean>, onClose(id, outcome), onDismiss(id), onTyping(id),
   * onInvalid(text), titleOf(service) -> string | undefined, fallbackFocus() -> element.
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.chats = new Map();
    this.selectedId = null;
    this.maxChats = null;
    const byId = (id) => document.getElementById(id);
    this.ui = {
      tabs: byId('chat-tabs'), panel: byId('chat-panel'), none: byId('no-chats'), capacity: byId('chat-count'),
      title: byId('chat-title'), meta: byId('chat-meta'), log: byId('transcript'), typing: byId('typing'),
      ended: byId('chat-ended'), dismiss: byId('dismiss-chat'), suggestions: byId('suggestions'),
      candidates: byId('candidates'), closeForm: byId('close-form'), outcome: byId('outcome'),
      closeButton: byId('close-chat'),
    };
    this.reply = new ReplyBox({
      onSend: (text) => this.send(text),
      onInput: (value) => this.typed(value),
      onInvalid: handlers.onInvalid,
    });
    this.dialog = new CloseDialog();
    this.ui.tabs.addEventListener('keydown', (event) => this.onTabKey(event));
    this.ui.closeForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.confirmClose();
    });
    this.ui.dismiss.addEventListener('click', () => this.selectedId && handlers.onDismiss(this.selectedId));
  }

  has(id) {
    return this.chats.has(id);
  }

  get(id) {
    return this.chats.get(id);
  }

  ids() {
    return [...this.chats.keys()];
  }

  get selected() {
    return this.selectedId;
  }

  /** Chats that are still open (not ended). */
  heldCount() {
    return [...this.chats.values()].filter((chat) => !chat.ended).length;
  }

  setMaxChats(max) {
    this.maxChats = max;
    this.renderCapacity();
  }

  /** Adds a tab for a held chat, or refreshes its queue entry; returns the chat. */
  open(entry) {
    const id = entry.conversationId;
    let chat = this.chats.get(id);
    if (!chat) {
      chat = {
        id, entry, transcript: new Transcript(), draft: '', unread: 0, ended: false, typing: false,
        typingTimer: 0, typingSentAt: 0, suggestions: el('p', {}, 'Vorschläge werden geladen …'),
        tab: el('button', {
          type: 'button', role: 'tab', id: `tab-${id}`, class: 'tab', tabindex: '-1',
          'aria-selected': 'false', 'aria-controls': 'chat-panel',
          'data-testid': 'chat-tab', 'data-conversation-id': id,
          onclick: () => this.select(id),
        }),
      };
      this.chats.set(id, chat);
      this.ui.tabs.append(chat.tab);
    }
    chat.entry = entry;
    this.renderTab(chat);
    this.renderEmptyState();
    this.renderCapacity();
    if (id === this.selectedId) this.renderPanel(chat);
    return chat;
  }

  /** Shows a chat in the panel; focus: 'reply' or 'tab' moves the keyboard focus there. */
  select(id, { focus = null } = {}) {
    const chat = this.chats.get(id);
    if (!chat) return;
    const previous = this.chats.get(this.selectedId);
    if (previous !== chat) {
      if (previous) previous.draft = this.reply.value;
      this.selectedId = id;
      this.reply.value = chat.draft;
      this.showTranscript(chat);
    }
    for (const other of this.chats.values()) {
      other.tab.setAttribute('aria-selected', String(other === chat));
      other.tab.tabIndex = other === chat ? 0 : -1;
    }
    chat.unread = 0;
    this.renderTab(chat);
    this.ui.panel.setAttribute('aria-labelledby', chat.tab.id);
    this.renderPanel(chat);
    this.renderEmptyState();
    if (focus === 'reply' && !chat.ended) this.reply.focus();
    if (focus === 'tab') chat.tab.focus();
  }

  /** Adds a stored message to a chat; returns true when it was new. */
  addMessage(id, message) {
    const chat = this.chats.get(id);
    if (!chat) return false;
    const { log } = this.ui;
    const shown = id === this.selectedId;
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    if (!chat.transcript.add(message)) return false;
    if (message.sender === 'CITIZEN') {
      this.hideTyping(id);
      if (!shown) chat.unread++;
      this.renderTab(chat);
    }
    // Follow the conversation unless the clerk has scrolled up to read; always show what the clerk sent.
    if (shown && (atBottom || message.sender === 'CLERK')) log.scrollTop = log.scrollHeight;
    return true;
  }

  showTyping(id) {
    const chat = this.chats.get(id);
    if (!chat || chat.ended) return;
    chat.typing = true;
    clearTimeout(chat.typingTimer);
    chat.typingTimer = setTimeout(() => this.hideTyping(id), TYPING_SHOWN_MS);
    if (id === this.selectedId) this.ui.typing.hidden = false;
  }

  hideTyping(id) {
    const chat = this.chats.get(id);
    if (!chat) return;
    chat.typing = false;
    clearTimeout(chat.typingTimer);
    if (id === this.selectedId) this.ui.typing.hidden = true;
  }

  /** state: {loading: true} | {failed: true} | {items: [{service, answer}]} */
  setSuggestions(id, state) {
    const chat = this.chats.get(id);
    if (!chat) return;
    chat.suggestions = renderSuggestions(state, `candidate-${id}`, (text) => {
      if (this.selectedId === id && !chat.ended) this.reply.insert(text);
    });
    if (id === this.selectedId) this.ui.candidates.replaceChildren(chat.suggestions);
  }

  /** The chat ended without this clerk closing it (citizen left, or closed elsewhere): read-only from now on. */
  markEnded(id) {
    const chat = this.chats.get(id);
    if (!chat || chat.ended) return;
    chat.ended = true;
    this.hideTyping(id);
    this.renderTab(chat);
    this.renderCapacity();
    if (id === this.selectedId) {
      keepingFocus(this.ui.panel, () => this.renderPanel(chat), () => this.ui.dismiss);
    }
  }

  /** Removes a chat's tab; the neighbouring chat is shown, and focus follows if it was in the chat area. */
  remove(id) {
    const chat = this.chats.get(id);
    if (!chat) return;
    const active = document.activeElement;
    const hadFocus = this.ui.panel.contains(active) || this.ui.tabs.contains(active) || active === document.body;
    const tabs = [...this.ui.tabs.children];
    const index = tabs.indexOf(chat.tab);
    clearTimeout(chat.typingTimer);
    chat.tab.remove();
    this.chats.delete(id);
    if (this.selectedId === id) {
      this.selectedId = null;
      this.ui.log.replaceChildren();
      const neighbour = tabs[index + 1] ?? tabs[index - 1];
      if (neighbour) this.select(neighbour.dataset.conversationId);
    }
    this.renderEmptyState();
    this.renderCapacity();
    if (hadFocus) (this.chats.get(this.selectedId)?.tab ?? this.handlers.fallbackFocus())?.focus();
  }

  /** Re-renders labels that depend on loaded topic titles. */
  refreshLabels() {
    for (const chat of this.chats.values()) this.renderTab(chat);
    const selected = this.chats.get(this.selectedId);
    if (selected) this.renderPanel(selected);
  }

  // --- rendering -------------------------------------------------------------------------------------

  topicOf(entry) {
    return entry.topic ? this.handlers.titleOf(entry.topic) ?? serviceLabel(entry.topic) : 'Thema unbekannt';
  }

  renderTab(chat) {
    const since = clockTime(chat.entry.enqueuedAt);
    chat.tab.replaceChildren(
      this.topicOf(chat.entry), since ? ` · ${since}` : '',
      chat.unread ? el('span', { class: 'badge' }, ` ${chat.unread} neu`) : '',
      chat.ended ? el('span', { class: 'badge badge--muted' }, ' beendet') : '');
  }

  renderPanel(chat) {
    const { ui } = this;
    const { entry } = chat;
    ui.title.textContent = `Chat: ${this.topicOf(entry)}`;
    const facts = [REASONS[entry.reason] ?? entry.reason];
    if (entry.enqueuedAt) facts.push(`wartet seit ${clockTime(entry.enqueuedAt)}`);
    if (entry.assignedAt) facts.push(`übernommen ${clockTime(entry.assignedAt)}`);
    if (entry.lang && entry.lang !== 'de') facts.push(`Sprache: ${String(entry.lang).toUpperCase()}`);
    ui.meta.textContent = facts.filter(Boolean).join(' · ');
    ui.typing.hidden = chat.ended || !chat.typing;
    ui.ended.hidden = !chat.ended;
    this.reply.hidden = chat.ended;
    ui.suggestions.hidden = chat.ended;
    ui.closeForm.hidden = chat.ended;
    if (ui.candidates.firstChild !== chat.suggestions) ui.candidates.replaceChildren(chat.suggestions);
  }

  showTranscript(chat) {
    const { log } = this.ui;
    // Swapping in another chat's history is not news: keep screen readers from reading it all out.
    log.setAttribute('aria-busy', 'true');
    log.replaceChildren(chat.transcript.list);
    log.scrollTop = log.scrollHeight;
    requestAnimationFrame(() => log.removeAttribute('aria-busy'));
  }

  renderEmptyState() {
    const empty = this.chats.size === 0;
    this.ui.none.hidden = !empty;
    // An empty tablist is invalid ARIA, so it is hidden while there is nothing in it.
    this.ui.tabs.hidden = empty;
    this.ui.panel.hidden = empty || !this.selectedId;
  }

  renderCapacity() {
    this.ui.capacity.textContent = this.maxChats ? `(${this.heldCount()} von ${this.maxChats})` : '';
  }

  // --- interaction -----------------------------------------------------------------------------------

  onTabKey(event) {
    const tabs = [...this.ui.tabs.children];
    const index = tabs.indexOf(document.activeElement);
    if (index < 0) return;
    const target = {
      ArrowRight: tabs[(index + 1) % tabs.length],
      ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
      Home: tabs[0],
      End: tabs[tabs.length - 1],
    }[event.key];
    if (!target) return;
    event.preventDefault();
    this.select(target.dataset.conversationId, { focus: 'tab' });
  }

  typed(value) {
    const chat = this.chats.get(this.selectedId);
    if (!chat) return;
    chat.draft = value;
    const now = Date.now();
    if (value.trim() && now - chat.typingSentAt >= TYPING_EVERY_MS) {
      chat.typingSentAt = now;
      this.handlers.onTyping(chat.id);
    }
  }

  /** Sends for the selected chat; true only if the box still shows that chat, so it may be cleared. */
  async send(text) {
    const chat = this.chats.get(this.selectedId);
    if (!chat || chat.ended) return false;
    const sent = await this.handlers.onSend(chat.id, text);
    if (sent && chat.id !== this.selectedId && chat.draft.trim() === text) chat.draft = '';
    return sent && chat.id === this.selectedId;
  }

  async confirmClose() {
    const chat = this.chats.get(this.selectedId);
    if (!chat || chat.ended) return;
    const outcome = this.ui.outcome.value;
    const confirmed = await this.dialog.ask(
      `Der Chat „${this.topicOf(chat.entry)}“ wird mit dem Ergebnis „${OUTCOMES[outcome] ?? outcome}“ beendet. `
      + 'Danach können Sie in diesem Chat nicht mehr schreiben.', this.ui.closeButton);
    if (confirmed) this.handlers.onClose(chat.id, outcome);
  }
}
