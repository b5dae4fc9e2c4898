// The conversation. Resumes this tab's conversation from sessionStorage (history via GET ?after=0, then STOMP);
// keeps messages keyed by seq (no duplicates); catches up with ?after=<last seq> after every (re)connect or gap.
// Sending uses the REST POST (outbox.js): a failed POST is simply repeated with the same clientMessageId, which
// is easier to get right than a STOMP SEND whose fate is unknown when the socket drops. STOMP carries the live
// side: stored messages, queue.position and typing frames. Without a WebSocket (blocked by a proxy, library not
// loadable) the chat still works: it polls GET ?after=<last seq> while a reply is to be expected.
import { h } from './dom.js';
import { citizenApi, session } from './api.js';
import { Live } from './live.js';
import { Outbox } from './outbox.js';
import { Transcript } from './transcript.js';
import { entry, renderMessage, markFeedback } from './messages.js';

/** The server answers in German only so far, whatever the interface language. */
const SERVER_LANG = 'de';
/** What the "talk to a human" button shows as the citizen's message; it is sent with HUMAN_INTENT, not classified. */
const HUMAN_REQUEST = 'Ich möchte mit einem Menschen sprechen';
const HUMAN_INTENT = 'human-handoff';
const PAGE = 500;

export class Chat {
  /** parts: the shell; mount: where the STOMP script may be inserted; onActivity: a live reply arrived. */
  constructor({ parts, t, uiLang, origin, mount, onActivity }) {
    this.parts = parts;
    this.t = t;
    this.onActivity = onActivity;
    this.api = citizenApi(origin);
    this.view = new Transcript(parts);
    this.live = new Live(origin, mount, {
      message: (m) => this.receive(m, true),
      typing: (m) => { if (m.sender === 'CLERK') this.view.typing(true); }, // our own typing echoes too
      connected: () => this.catchUp().then(() => this.outbox.flush()),
    });
    this.outbox = new Outbox({
      t,
      post: (item) => this.post(item),
      rejected: (e) => { if (e.status === 409) this.setMode('closed'); },
    });
    this.ctx = {
      t, uiLang,
      onOption: (title) => { this.send(title); parts.input.focus(); },
      onFeedback: (seq, helpful) => this.feedback(seq, helpful),
      onCallback: (data) => this.api.callback(this.conversation, data.contact, data.question),
      onRestart: () => { this.restart(); parts.input.focus(); },
      lastQuestion: () => this.lastQuestion(),
    };
    this.conversation = null;
    this.seen = new Set();
    this.lastSeq = 0;
    this.mode = 'bot';
    this.onOnline = () => { this.outbox.flush(); this.catchUp(); };
    this.wire();
  }

  wire() {
    const { composer, input, human } = this.parts;
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (text) {
        input.value = '';
        this.autosize();
        this.send(text);
      }
      input.focus();
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
    // With large text the whole panel scrolls (.tight); keep the field in view while the citizen types in it.
    const keepInView = () => input.scrollIntoView({ block: 'nearest' });
    input.addEventListener('focus', keepInView);
    input.addEventListener('input', () => {
      this.autosize();
      keepInView();
      if (this.mode === 'waiting' || this.mode === 'clerk') this.live.typing();
    });
    human.addEventListener('click', () => { this.send(HUMAN_REQUEST, HUMAN_INTENT); input.focus(); });
    this.parts.leave.addEventListener('click', () => {
      if (!this.conversation) return;
      this.api.leave(this.conversation)
        .then(() => this.catchUp())
        .catch((e) => console.warn('[buergerbot]', e.message));
      input.focus();
    });
  }

  /** Grows the message field with its text, up to its CSS max-height; only then does it scroll. */
  autosize() {
    const { input } = this.parts;
    input.style.height = 'auto';
    const max = parseFloat(getComputedStyle(input).maxHeight) || 160;
    const height = input.scrollHeight + input.offsetHeight - input.clientHeight; // plus the borders
    input.style.height = Math.min(height, max) + 'px';
    input.style.overflowY = height > max ? 'auto' : 'hidden';
  }

  /** Resumes a stored conversation: history first, then the live connection. */
  async start() {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', this.onOnline);
    this.timer = setInterval(() => this.poll(), 5000);
    this.conversation = this.conversation || session.load();
    if (this.conversation) {
      this.parts.log.setAttribute('aria-busy', 'true');
      await this.catchUp();
      this.parts.log.removeAttribute('aria-busy');
      this.connectLive();
    }
    this.historyLoaded = true;
  }

  stop() {
    this.started = false;
    window.removeEventListener('online', this.onOnline);
    clearInterval(this.timer);
    this.outbox.stop();
    this.live.stop();
  }

  connectLive() {
    if (this.conversation) this.live.connect(this.conversation).catch((e) => console.warn('[buergerbot]', e.message));
  }

  /** Without a live connection: retries it, and polls while a reply is to be expected. */
  poll() {
    if (!this.conversation || this.live.connected) return;
    if (!this.live.client && !this.live.loading) this.connectLive(); // e.g. the library failed to load
    const expecting = this.outbox.size || this.mode === 'waiting' || this.mode === 'clerk'
      || Date.now() - (this.lastSend || 0) < 120000;
    if (expecting) this.catchUp();
  }

  /** Fetches every message after the last contiguous seq, page by page. Concurrent calls coalesce. */
  catchUp() {
    if (!this.conversation) return Promise.resolve();
    if (this.catching) {
      this.catchAgain = true;
      return this.catching;
    }
    this.catching = (async () => {
      do {
        this.catchAgain = false;
        for (;;) {
          const conversation = this.conversation;
          if (!conversation) return;
          const before = this.lastSeq;
          let page;
          try {
            page = await this.api.messages(conversation, before);
          } catch (e) {
            if (e.status === 404) this.restart(); // unknown conversation or token: start afresh
            return;
          }
          if (conversation !== this.conversation || !Array.isArray(page)) return;
          page.forEach((m) => this.receive(m, false));
          if (page.length < PAGE || this.lastSeq === before) break;
        }
      } while (this.catchAgain);
    })().finally(() => { this.catching = null; });
    return this.catching;
  }

  /** Takes one stored message (with seq) or live-only frame (without). */
  receive(m, fromLive) {
    if (!m || typeof m !== 'object') return;
    if (m.seq == null) {
      this.liveEvent(m.body || {});
      return;
    }
    if (this.conversation && m.conversationId && m.conversationId !== this.conversation.id) return;
    const seq = Number(m.seq);
    if (this.seen.has(seq)) return;
    this.seen.add(seq);
    while (this.seen.has(this.lastSeq + 1)) this.lastSeq++;
    if (fromLive && seq > this.lastSeq) this.catchUp(); // a gap: something was missed
    const atEnd = this.view.nearEnd(80);
    this.apply(m); // first: a mode change may resize the transcript
    const el = this.outbox.confirm(m.clientMessageId) || renderMessage(m, this.ctx);
    if (!el) return;
    this.view.place(el, seq);
    if (atEnd || m.sender === 'CITIZEN') this.view.reveal(el);
    if (this.historyLoaded && m.sender !== 'CITIZEN') this.onActivity();
  }

  /** The conversation state a stored message implies. */
  apply(m) {
    const body = m.body || {};
    if (m.kind === 'bot.reply' && body.action === 'HANDOFF' && body.intent === HUMAN_INTENT) {
      this.setMode('waiting');
    } else if (m.kind === 'feedback') {
      markFeedback(this.parts.messages, body.about, body.helpful, this.ctx);
      if (body.helpful === false) this.setMode('waiting');
    } else if (m.kind === 'event' && body.type === 'clerk.joined') {
      this.setMode('clerk');
    } else if (m.kind === 'event' && (body.type === 'conversation.closed' || body.type === 'citizen.left')) {
      this.setMode('closed');
    } else if (m.kind === 'event' && body.type === 'handoff.unavailable') {
      this.setMode('waiting');
      this.unavailable = true;
      this.renderStatus();
    } else if (m.kind === 'text' && m.sender === 'CLERK') {
      this.view.typing(false);
      if (this.mode !== 'closed') this.setMode('clerk');
    }
  }

  liveEvent(event) {
    if (event.type !== 'queue.position') return;
    this.queue = { position: Number(event.position), minutes: Number(event.estimatedWaitMinutes) };
    this.setMode('waiting');
  }

  /** bot -> waiting (queued) -> clerk -> closed. The human button hides while a person is coming or there. */
  setMode(mode) {
    if (mode === 'waiting' && this.mode !== 'bot' && this.mode !== 'waiting') return;
    if (mode !== 'waiting') {
      this.queue = null;
      this.unavailable = false;
    }
    this.mode = mode;
    const { human, leave, input, messages } = this.parts;
    const hide = mode === 'waiting' || mode === 'clerk';
    if (hide && human.getRootNode().activeElement === human) input.focus();
    if (!hide && leave.getRootNode().activeElement === leave) input.focus();
    human.hidden = hide;
    leave.hidden = !hide;
    // Once a person has joined, a callback request is moot.
    if (mode === 'clerk') messages.querySelectorAll('.callback').forEach((form) => { form.hidden = true; });
    this.renderStatus();
  }

  renderStatus() {
    const q = this.queue;
    this.view.queueStatus(this.mode === 'waiting' && [this.t('queueWaiting'),
      q && q.position > 0 ? this.t('queuePosition', { position: q.position }) : '',
      q && q.minutes > 0 && !this.unavailable ? this.t('queueWait', { minutes: q.minutes }) : '',
      this.t('queueKeepWriting')].filter(Boolean).join(' '));
  }

  /** Shows the citizen's message at once; the outbox sends it. intent: HUMAN_INTENT for the button, else none. */
  send(text, intent) {
    const value = String(text).trim().slice(0, 1000);
    if (!value) return;
    if (this.mode === 'closed') this.restart();
    const el = entry('CITIZEN', 'text', this.ctx, h('p', { class: 'text' }, value));
    this.view.append(el);
    this.lastSend = Date.now();
    this.outbox.add(value, el, intent);
  }

  /** Posts one message, starting the conversation first if needed (or again, if the server forgot it). */
  async post(item) {
    if (!this.conversation) await this.begin();
    try {
      await this.api.say(this.conversation, item.id, item.text, item.intent);
    } catch (e) {
      if (e.status !== 404) throw e;
      this.restart();
      await this.begin();
      await this.api.say(this.conversation, item.id, item.text, item.intent);
    }
    if (!this.live.connected) this.catchUp(); // the bot's reply is stored by the time the POST returns
  }

  /** Starts a conversation and waits briefly for the live connection, so no live queue update is missed. */
  async begin() {
    const started = await this.api.start(SERVER_LANG);
    this.conversation = { id: started.id, token: started.token };
    session.save(this.conversation);
    this.historyLoaded = true;
    this.connectLive();
    await this.live.ready(3000);
  }

  /** Forgets the conversation (closed, or unknown to the server); unsent messages go to the next one. */
  restart() {
    session.clear();
    this.live.stop();
    this.conversation = null;
    this.seen.clear();
    this.lastSeq = 0;
    this.view.clear(this.outbox.reset());
    this.setMode('bot');
  }

  async feedback(seq, helpful) {
    if (!this.conversation) return;
    const group = this.parts.messages.querySelector(`.feedback[data-about="${seq}"]`);
    try {
      // A deterministic id makes a repeated click idempotent on the server.
      await this.api.feedback(this.conversation, `f-${seq}-${helpful ? 'yes' : 'no'}`, seq, helpful);
      markFeedback(this.parts.messages, seq, helpful, this.ctx);
      if (!helpful) this.setMode('waiting');
      this.parts.input.focus();
    } catch {
      if (group && !group.querySelector('.error')) group.append(h('p', { class: 'error' }, this.t('feedbackError')));
    }
  }

  /** The citizen's last own question (not the request for a human), to prefill the callback form. */
  lastQuestion() {
    const texts = [...this.parts.messages.querySelectorAll('[data-sender="CITIZEN"] .text')]
      .map((p) => p.textContent).filter((s) => s !== HUMAN_REQUEST);
    return texts.length ? texts[texts.length - 1] : '';
  }

  /** The panel was opened: size the field, show the newest messages. */
  opened() {
    this.autosize();
    this.view.scrollToEnd();
  }
}
