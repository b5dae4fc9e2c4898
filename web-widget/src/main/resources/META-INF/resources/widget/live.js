// Live updates over STOMP (WebSocket /ws of the widget's server): the conversation topic (stored messages and
// live-only events such as queue.position) and the typing topic. Sending stays on REST (see chat.js).

const LIBRARY = '/webjars/stomp__stompjs/bundles/stomp.umd.min.js';
let library;

/**
 * Loads the STOMP WebJar from the widget's own server. The UMD bundle always assigns globalThis.StompJs; the
 * widget takes the library and restores whatever the host page had there, so the page's globals stay untouched.
 */
function stompLibrary(origin, mount) {
  library ??= new Promise((resolve, reject) => {
    const had = Object.prototype.hasOwnProperty.call(window, 'StompJs');
    const previous = window.StompJs;
    const script = document.createElement('script');
    const restore = () => {
      const loaded = window.StompJs;
      if (had) window.StompJs = previous;
      else delete window.StompJs;
      script.remove();
      return loaded;
    };
    script.src = origin + LIBRARY;
    script.onload = () => {
      const loaded = restore();
      if (loaded && loaded.Client) resolve(loaded);
      else reject(new Error('STOMP library did not load'));
    };
    script.onerror = () => {
      restore();
      library = null; // try again on the next connect
      reject(new Error('STOMP library could not be loaded'));
    };
    mount.append(script);
  });
  return library;
}

/** One conversation's live connection. handlers: message(obj), typing(obj), connected() (also on reconnect). */
export class Live {
  constructor(origin, mount, handlers) {
    this.origin = origin;
    this.mount = mount;
    this.handlers = handlers;
    this.connected = false;
    this.lastTyping = 0;
    this.generation = 0;
  }

  async connect(conversation) {
    this.stop();
    const generation = this.generation;
    this.loading = true;
    let Stomp;
    try {
      Stomp = await stompLibrary(this.origin, this.mount);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
    if (generation !== this.generation) return; // stopped or reconnected meanwhile
    const topic = `/topic/conversations/${conversation.id}`;
    const parse = (frame) => { try { return JSON.parse(frame.body); } catch { return null; } };
    // Callbacks of a client that has since been replaced are ignored.
    const client = new Stomp.Client({
      brokerURL: this.origin.replace(/^http/, 'ws') + '/ws',
      connectHeaders: { 'conversation-id': conversation.id, 'conversation-token': conversation.token },
      reconnectDelay: 2000,
      maxReconnectDelay: 30000,
      reconnectTimeMode: Stomp.ReconnectionTimeMode ? Stomp.ReconnectionTimeMode.EXPONENTIAL : undefined,
      debug: () => {},
      onConnect: () => {
        if (this.client !== client) return;
        this.connected = true;
        this.appTopic = `/app/conversations/${conversation.id}`;
        client.subscribe(topic, (frame) => { const m = parse(frame); if (m) this.handlers.message(m); });
        client.subscribe(topic + '/typing', (frame) => { const m = parse(frame); if (m) this.handlers.typing(m); });
        this.handlers.connected();
      },
      onWebSocketClose: () => { if (this.client === client) this.connected = false; },
      // A refused frame (e.g. rate limit) ends the session; the client reconnects by itself.
      onStompError: (frame) => console.warn('[buergerbot] STOMP:', frame.headers && frame.headers.message),
    });
    this.client = client;
    client.activate();
  }

  /** Resolves when connected, when the library failed, or after ms (REST works without a live connection). */
  ready(ms) {
    return new Promise((resolve) => {
      const start = Date.now();
      const check = () => (this.connected || (!this.loading && !this.client) || Date.now() - start > ms
        ? resolve(this.connected) : setTimeout(check, 100));
      check();
    });
  }

  /** Tells the clerk that the citizen is typing, at most every 5 s (SENDs count against the rate limit). */
  typing() {
    const now = Date.now();
    if (!this.connected || now - this.lastTyping < 5000) return;
    this.lastTyping = now;
    this.client.publish({ destination: this.appTopic + '/typing', body: '{}' });
  }

  stop() {
    this.generation++;
    this.connected = false;
    this.loading = false;
    if (this.client) this.client.deactivate();
    this.client = null;
  }
}
