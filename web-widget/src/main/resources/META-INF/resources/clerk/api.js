// The clerk REST API. Session cookie + CSRF header; a lost session goes back to the login page.

const LOGIN_PAGE = '/clerk/login.html';

let csrf = null;

/** A failed call: the HTTP status and the problem document, if the server sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Fetches the session's CSRF token ({headerName, token}); also used for the STOMP CONNECT frame. */
export async function refreshCsrf() {
  const response = await fetch('/api/v1/csrf', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, null);
  csrf = await response.json();
  return csrf;
}

/** The last known CSRF token, or null before the first refresh. */
export function currentCsrf() {
  return csrf;
}

async function request(method, path, body, retried = false) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET') {
    if (!csrf) await refreshCsrf();
    headers[csrf.headerName] = csrf.token;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (response.status === 401) {
    location.assign(LOGIN_PAGE);
    throw new ApiError(401, null);
  }
  // A 403 on a POST is usually a stale CSRF token (new session); one retry with a fresh token is safe
  // because a refused request changed nothing and message posts are idempotent by clientMessageId.
  if (response.status === 403 && method !== 'GET' && !retried) {
    await refreshCsrf();
    return request(method, path, body, true);
  }
  const isJson = (response.headers.get('Content-Type') || '').includes('json');
  const data = response.status === 204 || !isJson ? null : await response.json();
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

const id = (value) => encodeURIComponent(value);

export const me = () => request('GET', '/api/v1/clerk/me');
export const setPresence = (presence) => request('POST', '/api/v1/clerk/presence', { presence });
export const queue = () => request('GET', '/api/v1/clerk/queue');
export const claim = (conversationId) => request('POST', `/api/v1/clerk/queue/${id(conversationId)}/claim`, {});
export const close = (conversationId, outcome) =>
  request('POST', `/api/v1/clerk/queue/${id(conversationId)}/close`, { outcome });
export const transcript = (conversationId, after) =>
  request('GET', `/api/v1/clerk/conversations/${id(conversationId)}/messages?after=${Number(after) || 0}`);
export const reply = (conversationId, clientMessageId, text) =>
  request('POST', `/api/v1/clerk/conversations/${id(conversationId)}/messages`, { clientMessageId, text });
export const knowledge = (service) => request('GET', `/api/v1/clerk/knowledge/${id(service)}`);
export const callbacks = () => request('GET', '/api/v1/clerk/callbacks');
export const callbackDone = (callbackId) => request('POST', `/api/v1/clerk/callbacks/${id(callbackId)}/done`);
