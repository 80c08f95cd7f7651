// Subscribes to GraphKam with the three npm clients people use, triggers a change over HTTP, and checks that each
// client receives it. Usage: node check.mjs http://127.0.0.1:5000 [email password | --token TOKEN]
// (signs in as the demo director by default; exits 0 when all three receive the event)
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { SubscriptionClient } from 'subscriptions-transport-ws';
import { createClient as createSseClient } from 'graphql-sse';

const base = process.argv[2] ?? 'http://127.0.0.1:5000';
const httpUrl = `${base}/graphql`;

// Sign in: an access token from /auth/login, sent as a header over HTTP and in connection_init over WebSocket.
async function signIn() {
  if (process.argv[3] === '--token') return process.argv[4];
  const email = process.argv[3] ?? 'director@demo.graphkam';
  const password = process.argv[4] ?? 'GraphKam-demo-2026';
  const response = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}
const authorization = `Bearer ${await signIn()}`;
const wsUrl = httpUrl.replace(/^http/, 'ws');
const subscription = 'subscription { opportunityChanged { kind opportunity { name } } }';

async function post(query, variables) {
  const response = await fetch(httpUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const accounts = await post('{ accounts(first: 1) { nodes { id } } }');
const accountId = accounts.accounts.nodes[0].id;

/** Waits for the first event a client delivers whose opportunity has the given name. */
function firstEvent(name, subscribe) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no event within 15 s`)), 15000);
    subscribe((result) => {
      const event = result?.data?.opportunityChanged;
      if (event?.opportunity?.name === name) { clearTimeout(timer); resolve(event); }
    }, (error) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(JSON.stringify(error))); });
  });
}

const results = {};
const cleanups = [];

// graphql-ws (graphql-transport-ws)
const wsClient = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization } });
cleanups.push(() => wsClient.dispose());
const viaGraphqlWs = firstEvent('via graphql-ws', (next, error) =>
  cleanups.push(wsClient.subscribe({ query: subscription }, { next, error, complete: () => {} })));

// subscriptions-transport-ws (legacy graphql-ws protocol)
const legacy = new SubscriptionClient(wsUrl, { reconnect: false, connectionParams: { authorization } }, WebSocket);
cleanups.push(() => legacy.close());
const viaLegacy = firstEvent('via subscriptions-transport-ws', (next, error) => {
  const subscription_ = legacy.request({ query: subscription }).subscribe({ next, error });
  cleanups.push(() => subscription_.unsubscribe());
});

// graphql-sse (distinct connections)
const sse = createSseClient({ url: httpUrl, retryAttempts: 0, headers: { authorization } });
cleanups.push(() => sse.dispose());
const viaSse = firstEvent('via graphql-sse', (next, error) =>
  cleanups.push(sse.subscribe({ query: subscription }, { next, error, complete: () => {} })));

// Subscriptions start asynchronously; give them a moment, then make one change per client.
await new Promise((resolve) => setTimeout(resolve, 1000));
for (const name of ['via graphql-ws', 'via subscriptions-transport-ws', 'via graphql-sse'])
  await post('mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }',
    { input: { accountId, name, amount: 1000 } });

let failed = false;
for (const [name, pending] of [['graphql-ws', viaGraphqlWs], ['subscriptions-transport-ws', viaLegacy], ['graphql-sse', viaSse]]) {
  try { results[name] = (await pending).kind; } catch (error) { results[name] = `FAILED: ${error.message}`; failed = true; }
}
for (const cleanup of cleanups) { try { cleanup(); } catch { /* closing anyway */ } }
console.log(JSON.stringify(results));
process.exit(failed ? 1 : 0);
