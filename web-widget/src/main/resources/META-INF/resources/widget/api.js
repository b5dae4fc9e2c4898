// The citizen REST API (see the server's api.md) and the one thing the widget keeps in the browser: the
// conversation id and token, in sessionStorage (gone when the tab closes). No cookies are sent (credentials: omit).

const KEY = 'buergerbot.conversation';

/** The stored conversation ({id, token}) of this tab, or null. */
export const session = {
  load() {
    try {
      const value = JSON.parse(sessionStorage.getItem(KEY));
      return value && typeof value.id === 'string' && typeof value.token === 'string'
        ? { id: value.id, token: value.token } : null;
    } catch {
      return null;
    }
  },
  save(conversation) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ id: conversation.id, token: conversation.token }));
    } catch { /* storage disabled: the chat still works until the page is left */ }
  },
  clear() {
    try { sessionStorage.removeItem(KEY); } catch { /* nothing stored */ }
  },
};

/** A refused call. status 0 means the network failed (worth retrying); problem is the problem+json body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** Network failure, timeout, rate limit or server error: the same request may succeed later. */
  get retryable() {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** The API of the server at origin. Every method returns a promise and rejects with ApiError. */
export function citizenApi(origin) {
  async function call(method, path, conversation, body) {
    const headers = {};
    if (body) headers['Content-Type'] = 'application/json';
    if (conversation) headers['X-Conversation-Token'] = conversation.token;
    let response;
    try {
      response = await fetch(origin + path, {
        method, headers, body: body && JSON.stringify(body), credentials: 'omit', cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, null);
    }
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
    return response.status === 200 || response.status === 201 ? response.json() : null;
  }
  const at = (c, tail) => `/api/v1/conversations/${encodeURIComponent(c.id)}${tail}`;
  return {
    /** Starts a conversation: {id, token, lang}. */
    start: (lang) => call('POST', '/api/v1/conversations', null, { lang }),
    /** Messages with seq > after, oldest first (at most one page). */
    messages: (c, after) => call('GET', at(c, `/messages?after=${after}`), c),
    /** intent: 'human-handoff' when the citizen pressed "talk to a person", else undefined (left out). */
    say: (c, clientMessageId, text, intent) => call('POST', at(c, '/messages'), c, { clientMessageId, text, intent }),
    feedback: (c, clientMessageId, about, helpful) =>
      call('POST', at(c, '/feedback'), c, { clientMessageId, about, helpful }),
    /** Ends the conversation; a hand-off still queued is given up. */
    leave: (c) => call('POST', at(c, '/leave'), c),
    /** Leaves a callback request: {id, promiseHours}. */
    callback: (c, contact, question) => call('POST', at(c, '/callback'), c, { contact, question }),
  };
}
