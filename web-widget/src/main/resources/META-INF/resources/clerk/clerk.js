// The clerk console's entry point: loads the clerk, keeps queue, callbacks and held chats in sync over
// REST and STOMP, and connects the views to the API. Start-up and every (re)connect run the same sync,
// so nothing is lost while the connection was down; messages are kept by seq, so nothing is doubled.

import * as api from './api.js';
import { LiveConnection } from './live.js';
import { Header } from './header.js';
import { QueueView } from './queue-view.js';
import { CallbacksView } from './callbacks-view.js';
import { ChatView } from './chat-view.js';
import { answerFor, knownTitle, candidateServices } from './knowledge.js';
import { newClientMessageId } from './dom.js';
import { showStatus, showError } from './status.js';

const CALLBACKS_EVERY_MS = 60_000; // callbacks have no live topic, so they are polled
const CLOCK_EVERY_MS = 30_000; // waiting times and ages are re-rendered this often

let me = null;
let live = null;
let queueAt = 0; // when the queue snapshot on screen was requested (REST) or received (STOMP)
let down = false;
const closedHere = new Set(); // chats this clerk closed or dismissed: a stale snapshot must not reopen them
const claiming = new Set();
const catchingUp = new Set();
const catchUpAgain = new Set();
const pendingSends = new Map(); // conversationId -> {text, clientMessageId} of a send whose outcome is unknown
const titlesRequested = new Set();

const header = new Header(showError);
const queueView = new QueueView(claim, knownTitle);
const callbacksView = new CallbacksView(markCallbackDone);
const chats = new ChatView({
  onSend: send,
  onClose: closeChat,
  onDismiss: dismiss,
  onTyping: (id) => live?.typing(id),
  onInvalid: showError,
  titleOf: knownTitle,
  fallbackFocus: () => document.getElementById('queue-heading'),
});

function report(error, text) {
  if (error?.status === 401) return; // on the way to the login page
  showError(error instanceof TypeError ? `${text} Keine Verbindung zum Server.` : text);
}

// --- loading and syncing ---------------------------------------------------------------------------

async function sync() {
  await Promise.all([loadQueue(), loadCallbacks(), loadMe()]);
  await Promise.all(chats.ids().map(catchUp));
}

async function loadMe() {
  try {
    me = await api.me();
    header.show(me);
    chats.setMaxChats(me.maxChats);
  } catch (error) {
    report(error, 'Ihre Anmeldedaten konnten nicht geladen werden.');
  }
}

async function loadQueue() {
  const requestedAt = performance.now();
  try {
    const entries = await api.queue();
    // A STOMP snapshot that arrived while this request ran is newer: keep it.
    if (requestedAt >= queueAt) applyQueue(entries, requestedAt);
  } catch (error) {
    report(error, 'Die Warteschlange konnte nicht geladen werden.');
  }
}

function applyQueue(entries, at) {
  queueAt = at;
  queueView.render(entries.filter((entry) => entry.status === 'WAITING'));
  requestTitles(entries);
  const byId = new Map(entries.map((entry) => [entry.conversationId, entry]));
  for (const entry of entries) {
    const mine = entry.status === 'ASSIGNED' && entry.clerk === me?.username;
    if (mine && !closedHere.has(entry.conversationId)) openChat(entry);
  }
  // A held chat that left the open queue was closed elsewhere or abandoned by the citizen. (A WAITING entry
  // is a snapshot older than this clerk's claim, still on its way: that is no reason to end the chat.)
  for (const id of chats.ids()) {
    const entry = byId.get(id);
    if (closedHere.has(id)) continue; // being closed here: its tab goes when the close call returns
    if (!entry || (entry.status === 'ASSIGNED' && entry.clerk !== me?.username)) chats.markEnded(id);
  }
}

/** Loads the titles of queued topics once, so labels can show "Reisepass" instead of a service id. */
function requestTitles(entries) {
  for (const service of new Set(entries.map((entry) => entry.topic).filter(Boolean))) {
    if (titlesRequested.has(service)) continue;
    titlesRequested.add(service);
    answerFor(service).then(() => {
      queueView.refresh();
      chats.refreshLabels();
    }, () => titlesRequested.delete(service));
  }
}

async function loadCallbacks() {
  try {
    callbacksView.render(await api.callbacks());
  } catch (error) {
    report(error, 'Die Rückrufwünsche konnten nicht geladen werden.');
  }
}

/** Fetches everything after the last gap-free seq, page by page, until nothing new comes. */
async function catchUp(id) {
  if (catchingUp.has(id)) {
    catchUpAgain.add(id);
    return;
  }
  catchingUp.add(id);
  try {
    do {
      catchUpAgain.delete(id);
      for (;;) {
        const chat = chats.get(id);
        if (!chat) return;
        const from = chat.transcript.contiguous;
        const page = await api.transcript(id, from);
        for (const message of page) receive(id, message, { fromCatchUp: true });
        if (!page.length || chat.transcript.contiguous === from) break;
      }
    } while (catchUpAgain.has(id));
  } catch (error) {
    report(error, 'Der Chatverlauf konnte nicht vollständig geladen werden.');
  } finally {
    catchingUp.delete(id);
    catchUpAgain.delete(id);
  }
}

// --- chats -----------------------------------------------------------------------------------------

function openChat(entry, { select = false, focus = null } = {}) {
  const id = entry.conversationId;
  const isNew = !chats.has(id);
  chats.open(entry);
  if (isNew) {
    live?.watch(id); // subscribe first, then fetch: anything in between arrives twice and is kept once
    catchUp(id);
    loadSuggestions(entry);
  }
  if (select || !chats.selected) chats.select(id, { focus });
}

async function loadSuggestions(entry) {
  const id = entry.conversationId;
  const services = candidateServices(entry);
  chats.setSuggestions(id, { loading: true });
  const results = await Promise.allSettled(services.map((service) => answerFor(service)));
  const items = results.flatMap((result, index) =>
    result.status === 'fulfilled' && result.value ? [{ service: services[index], answer: result.value }] : []);
  const allFailed = services.length > 0 && results.every((result) => result.status === 'rejected');
  chats.setSuggestions(id, allFailed ? { failed: true } : { items });
  chats.refreshLabels();
}

/** A stored message from STOMP or REST. */
function receive(id, message, { fromCatchUp = false } = {}) {
  if (!chats.addMessage(id, message)) return;
  const closed = message.kind === 'event'
    && (message.body?.type === 'conversation.closed' || message.body?.type === 'citizen.left');
  if (closed && !closedHere.has(id)) chats.markEnded(id);
  if (!fromCatchUp && chats.get(id)?.transcript.hasGap) catchUp(id);
}

async function claim(id) {
  if (claiming.has(id)) return;
  claiming.add(id);
  try {
    const entry = await api.claim(id);
    closedHere.delete(id);
    openChat(entry, { select: true, focus: 'reply' });
  } catch (error) {
    if (error.status === 409) {
      showError(me && chats.heldCount() >= me.maxChats
        ? `Sie betreuen bereits ${me.maxChats} Chats. Bitte beenden Sie zuerst einen davon.`
        : 'Dieser Chat ist nicht mehr frei: Er wurde schon übernommen oder beendet.');
      loadQueue();
    } else {
      report(error, 'Der Chat konnte nicht übernommen werden.');
    }
  } finally {
    claiming.delete(id);
  }
}

async function send(id, text) {
  // Retrying the same text reuses its clientMessageId, so a send whose answer got lost is not stored twice.
  const pending = pendingSends.get(id);
  const clientMessageId = pending?.text === text ? pending.clientMessageId : newClientMessageId();
  pendingSends.set(id, { text, clientMessageId });
  try {
    receive(id, await api.reply(id, clientMessageId, text));
    pendingSends.delete(id);
    return true;
  } catch (error) {
    if (error.status === 403) {
      pendingSends.delete(id);
      chats.markEnded(id);
      showError('Sie betreuen diesen Chat nicht mehr. Die Nachricht wurde nicht gesendet.');
    } else if (error.status === 400) {
      pendingSends.delete(id);
      showError('Die Nachricht wurde nicht angenommen. Bitte prüfen Sie Länge und Inhalt.');
    } else {
      report(error, 'Die Nachricht konnte nicht gesendet werden. Ihr Text bleibt stehen; bitte erneut senden.');
    }
    return false;
  }
}

async function closeChat(id, outcome) {
  closedHere.add(id);
  try {
    await api.close(id, outcome);
    live?.unwatch(id);
    chats.remove(id);
    showStatus('Der Chat wurde beendet.');
  } catch (error) {
    if (error.status === 409) {
      chats.markEnded(id);
      showError('Der Chat konnte nicht beendet werden, weil Sie ihn nicht mehr betreuen.');
    } else {
      closedHere.delete(id);
      report(error, 'Der Chat konnte nicht beendet werden.');
    }
  }
}

/** Closes the tab of a chat that has already ended. */
function dismiss(id) {
  closedHere.add(id);
  live?.unwatch(id);
  chats.remove(id);
}

async function markCallbackDone(id) {
  try {
    await api.callbackDone(id);
    showStatus('Der Rückrufwunsch ist als erledigt markiert.');
  } catch (error) {
    if (error.status === 409) showError('Dieser Rückrufwunsch war schon erledigt.');
    else report(error, 'Der Rückrufwunsch konnte nicht als erledigt markiert werden.');
  }
  await loadCallbacks();
}

// --- start -----------------------------------------------------------------------------------------

function connectLive() {
  try {
    live = new LiveConnection({
      onConnect: () => {
        if (down) showStatus('Die Verbindung ist wiederhergestellt.');
        down = false;
        sync();
      },
      onDown: () => {
        if (!down) showError('Die Verbindung zum Server ist unterbrochen. Sie wird automatisch wiederhergestellt …');
        down = true;
      },
      onRefused: (reason) => {
        down = true;
        showError(`Der Server hat die Live-Verbindung abgelehnt${reason ? ` (${reason})` : ''}. Neuer Versuch läuft …`);
        loadMe(); // a lost session ends on the login page
      },
      onQueue: (entries) => applyQueue(entries, performance.now()),
      onMessage: (id, message) => receive(id, message),
      onTyping: (id, event) => {
        if (event.sender === 'CITIZEN') chats.showTyping(id);
      },
    });
  } catch {
    showError('Die Live-Verbindung ist nicht verfügbar. Bitte laden Sie die Seite neu.');
  }
}

async function start() {
  try {
    await api.refreshCsrf();
  } catch (error) {
    report(error, 'Die Anwendung konnte nicht geladen werden. Bitte laden Sie die Seite neu.');
    return;
  }
  await loadMe();
  if (!me) return;
  connectLive(); // before the first sync, so chats found there are subscribed on connect
  await sync();
  live?.start();
  setInterval(loadCallbacks, CALLBACKS_EVERY_MS);
  setInterval(() => {
    queueView.refresh();
    callbacksView.refresh();
  }, CLOCK_EVERY_MS);
}

start();
