// The STOMP connection: the queue topic, the topics of the chats this clerk holds, typing events out.
// Subscriptions do not survive a reconnect, so every (re)connect subscribes again and the caller re-syncs.

import { refreshCsrf, currentCsrf } from './api.js';

const RECONNECT_DELAY_MS = 2000;

function parse(body) {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/**
 * handlers: onConnect(), onDown(), onRefused(message), onQueue(entries), onMessage(conversationId, message),
 * onTyping(conversationId, event).
 */
export class LiveConnection {
  constructor(handlers) {
    if (!globalThis.StompJs) throw new Error('STOMP client library missing');
    this.handlers = handlers;
    this.watched = new Map(); // conversationId -> current subscriptions (empty while disconnected)
    this.client = new StompJs.Client({
      brokerURL: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`,
      reconnectDelay: RECONNECT_DELAY_MS,
      beforeConnect: () => this.prepareHeaders(),
      onConnect: () => this.connected(),
      onStompError: (frame) => handlers.onRefused(frame.headers?.message || ''),
      onWebSocketClose: () => handlers.onDown(),
    });
  }

  start() {
    this.client.activate();
  }

  get isConnected() {
    return this.client.connected;
  }

  /** Receive messages and typing events of a conversation, now and after every reconnect. */
  watch(conversationId) {
    if (this.watched.has(conversationId)) return;
    this.watched.set(conversationId, []);
    if (this.client.connected) this.subscribeConversation(conversationId);
  }

  unwatch(conversationId) {
    for (const subscription of this.watched.get(conversationId) ?? []) {
      if (this.client.connected) subscription.unsubscribe();
    }
    this.watched.delete(conversationId);
  }

  /** Tells the citizen that the clerk is typing; silently skipped while offline (it is only a hint). */
  typing(conversationId) {
    if (!this.client.connected) return;
    this.client.publish({ destination: `/app/clerk/conversations/${conversationId}/typing`, body: '{}' });
  }

  // The session's token may have changed (re-login in another tab), so fetch it before every attempt.
  // beforeConnect must not throw: a rejection would stop the client's reconnect loop.
  async prepareHeaders() {
    try {
      await refreshCsrf();
    } catch {
      // Offline: keep the old token; this attempt fails and the next one tries again.
    }
    const csrf = currentCsrf();
    this.client.connectHeaders = csrf ? { [csrf.headerName]: csrf.token } : {};
  }

  connected() {
    this.client.subscribe('/topic/clerk/queue', (frame) => {
      const entries = parse(frame.body);
      if (Array.isArray(entries)) this.handlers.onQueue(entries);
    });
    for (const conversationId of this.watched.keys()) this.subscribeConversation(conversationId);
    this.handlers.onConnect();
  }

  subscribeConversation(conversationId) {
    const topic = `/topic/conversations/${conversationId}`;
    this.watched.set(conversationId, [
      this.client.subscribe(topic, (frame) => {
        const message = parse(frame.body);
        if (message) this.handlers.onMessage(conversationId, message);
      }),
      this.client.subscribe(`${topic}/typing`, (frame) => {
        const event = parse(frame.body);
        if (event) this.handlers.onTyping(conversationId, event);
      }),
    ]);
  }
}
