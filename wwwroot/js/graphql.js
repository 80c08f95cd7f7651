// A small GraphQL client of our own: fetch for queries and mutations, graphql-transport-ws for subscriptions
// (one socket for all of them, re-opened with back-off when it drops, every subscription resumed).

/** What a person is told when the server cannot be reached at all. */
export const UNREACHABLE = 'GraphKam cannot be reached: check your connection and try again.';

/** What a person is told when their sign-in or token is no longer (or never was) valid. */
const SESSION_ENDED = 'Your session has ended: please sign in again.';

/**
 * A failure in words, with its `reason` for code: 'unauthorized' (no valid sign-in or token), 'forbidden',
 * 'origin-not-allowed' (GraphKam refuses this page's origin), 'unreachable' (no answer at all) or 'server'.
 */
export class GraphQLRequestError extends Error {
  constructor(message, status, codes = [], reason = 'server') {
    super(message);
    this.status = status;
    this.codes = codes;
    this.reason = reason;
  }
}

/** Turns a failed response into words a person can act on. */
function explain(status, body) {
  const codes = (body?.errors ?? []).map((e) => e.extensions?.code).filter(Boolean);
  if (status === 401 || codes.includes('AUTH_NOT_AUTHENTICATED')) {
    return new GraphQLRequestError(SESSION_ENDED, status, codes, 'unauthorized');
  }
  if (status === 403 || codes.includes('AUTH_NOT_AUTHORIZED')) {
    return new GraphQLRequestError('You are not allowed to see or do this.', status, codes, 'forbidden');
  }
  const message = body?.errors?.[0]?.message;
  return new GraphQLRequestError(message ? `The server could not answer: ${message}` : `The server answered with an error (${status}).`, status, codes);
}

/**
 * A request that got no answer. Browsers hide why, so for another origin's endpoint a second, CORS-free request
 * (its answer is opaque, but it arrives) tells a refused origin from a server that cannot be reached.
 */
async function explainNoAnswer(endpoint) {
  const url = new URL(endpoint);
  if (url.origin !== location.origin) {
    const probe = { mode: 'no-cors', credentials: 'omit', cache: 'no-store' };
    if (await fetch(url, probe).then(() => true, () => false)) {
      const message = 'This site is not allowed to show GraphKam data: ask your GraphKam administrator to add '
        + `${location.origin} to GraphKam:Cors:Origins.`;
      return new GraphQLRequestError(message, 0, [], 'origin-not-allowed');
    }
  }
  return new GraphQLRequestError(UNREACHABLE, 0, [], 'unreachable');
}

export class GraphQLClient {
  /** endpoint: the GraphQL URL; token: a bearer token, or none to use the browser's sign-in cookie. */
  constructor({ endpoint = '/graphql', token = null } = {}) {
    this.endpoint = new URL(endpoint, document.baseURI).href;
    this.token = token;
    this.listeners = new Set();
    this.subscriptions = new Map();
    this.status = 'offline';
    this.nextId = 1;
    this.retries = 0;
  }

  async request(query, variables = {}) {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let response;
    try {
      response = await fetch(this.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: this.token ? 'omit' : 'same-origin' });
    } catch {
      throw await explainNoAnswer(this.endpoint);
    }
    let body = null;
    try { body = await response.json(); } catch { /* not JSON: explained below */ }
    if (!response.ok || !body || body.errors?.length) throw explain(response.status, body);
    return body.data;
  }

  /** Follows the socket's state: 'connecting', 'online' or 'offline'. */
  onStatus(listener) {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Subscribes; returns a function that ends the subscription. */
  subscribe(query, variables, { next, error }) {
    const id = String(this.nextId++);
    this.subscriptions.set(id, { query, variables, next, error });
    if (this.socket?.readyState === WebSocket.OPEN && this.acknowledged) this.send({ id, type: 'subscribe', payload: { query, variables } });
    else this.connect();
    return () => {
      this.subscriptions.delete(id);
      if (this.acknowledged) this.send({ id, type: 'complete' });
    };
  }

  setStatus(status) {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  send(message) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  connect() {
    if (this.socket && this.socket.readyState <= WebSocket.OPEN) return;
    clearTimeout(this.retryTimer);
    this.setStatus('connecting');
    this.acknowledged = false;
    const socket = new WebSocket(this.endpoint.replace(/^http/, 'ws'), 'graphql-transport-ws');
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: this.token ? { Authorization: `Bearer ${this.token}` } : {} }));
    socket.onmessage = (event) => this.receive(JSON.parse(event.data));
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.acknowledged = false;
      this.setStatus('offline');
      // 4403: the credentials are not (or no longer) valid; retrying with the same ones cannot help.
      if (event.code === 4403) {
        const ended = new GraphQLRequestError(SESSION_ENDED, 401, [], 'unauthorized');
        for (const { error } of this.subscriptions.values()) error?.(ended);
        return;
      }
      if (this.subscriptions.size > 0) this.retryLater();
    };
  }

  retryLater() {
    // Exponential back-off with jitter: 1 s, 2 s, 4 s … at most 30 s, so a restarting server is not stampeded.
    const delay = Math.min(30000, 1000 * 2 ** this.retries) * (0.5 + Math.random() / 2);
    this.retries += 1;
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  receive(message) {
    switch (message.type) {
      case 'connection_ack':
        this.acknowledged = true;
        this.retries = 0;
        this.setStatus('online');
        for (const [id, { query, variables }] of this.subscriptions) this.send({ id, type: 'subscribe', payload: { query, variables } });
        break;
      case 'ping':
        this.send({ type: 'pong' });
        break;
      case 'next':
        this.subscriptions.get(message.id)?.next?.(message.payload.data, message.payload.errors);
        break;
      case 'error':
        this.subscriptions.get(message.id)?.error?.(explain(200, { errors: message.payload }));
        this.subscriptions.delete(message.id);
        break;
      default:
        break;
    }
  }

  close() {
    this.subscriptions.clear();
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'bye');
    this.setStatus('offline');
  }
}
