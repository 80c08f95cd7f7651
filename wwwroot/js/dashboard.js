// The dashboard page: cookie sign-in, then each view loaded by its own request, kept current by subscriptions.
import { GraphQLClient, UNREACHABLE } from './graphql.js';
import { h, fill, format } from './dom.js';
import { serverActivity, ADMIN_ROLES } from './admin.js';
import {
  kpis, funnel, tiers, accounts, orgChart, ranking, feed, service, showError, quarterBack, ACTIVITY_FIELDS, STAFF_ROLES,
} from './views.js';
import { accountPlan, coverage } from './planning.js';
import { revenueTrend, accountRevenue, kpiHistory } from './trends.js';

const $ = (id) => document.getElementById(id);
/** The sections only staff see: a partner's page neither shows them nor asks for their data. */
const STAFF_SECTIONS = ['account-plan', 'account-revenue', 'coverage', 'revenue-trend', 'kpi-history'];
const client = new GraphQLClient({ endpoint: '/graphql' });
const state = {
  policy: null,
  accounts: { search: '', sort: 'Revenue, highest first', pageSize: 10, after: null, before: null },
  orgAccount: null,
  orgChoices: [],
  period: quarterBack(1),
  staff: false,
};

/** Runs a view's request and draws it; a failure is told in words where the view would be. */
async function show(id, title, view, options = {}, context = {}) {
  const root = $(id);
  root.setAttribute('aria-busy', 'true');
  try {
    view.render(root, await view.load(client, options), context);
  } catch (error) {
    // The session ended while in use: the sign-in form says so (a fresh visit's 401 in start() says nothing).
    if (error.status === 401) return signedOut(error.message);
    showError(root, title, error, () => show(id, title, view, options, context));
  } finally {
    root.removeAttribute('aria-busy');
  }
}

const showKpis = () => show('kpis', 'Key figures', kpis);
const showFunnel = () => show('funnel', 'Sales funnel', funnel);
const showTiers = () => show('tiers', 'Tier distribution', tiers, { policy: state.policy }, {
  policy: state.policy, onPolicy: (policy) => { state.policy = policy; showTiers(); showKpiHistory(); },
});
const showAccounts = () => show('accounts', 'Top accounts', accounts, state.accounts, {
  state: state.accounts, onChange: (change) => { Object.assign(state.accounts, change); showAccounts(); },
});
const showOrgChart = () => state.orgAccount && show('org-chart', 'Organisation chart', orgChart, { accountId: state.orgAccount }, {
  choices: state.orgChoices, onAccount: (id) => { state.orgAccount = id; showOrgChart(); showPlan(); showAccountRevenue(); },
});
// Plans and coverage are the company's own: partners are not asked for them.
const showPlan = () => state.staff && state.orgAccount && show('account-plan', 'Account plan', accountPlan, { accountId: state.orgAccount });
const showCoverage = () => state.staff && show('coverage', 'Coverage', coverage);
// Revenue and KPI history are the company's own as well (partners get AUTH_NOT_AUTHORIZED).
const showAccountRevenue = () => state.staff && state.orgAccount
  && show('account-revenue', 'Revenue history', accountRevenue, { accountId: state.orgAccount });
const showRevenueTrend = () => state.staff && show('revenue-trend', 'Revenue by month', revenueTrend);
const showKpiHistory = () => state.staff && show('kpi-history', 'Key-account KPIs by month', kpiHistory, { policy: state.policy });
const showRanking = () => show('ranking', 'Distributor ranking', ranking, { period: state.period }, {
  period: state.period, onPeriod: (period) => { state.period = period; showRanking(); },
});
const showService = () => show('service', 'Service', service, { staff: state.staff });
const showFeed = () => show('feed', 'Activity feed', feed);
const showServerActivity = () => show('server-activity', 'Server activity', serverActivity);

async function loadOrgChoices() {
  // The accounts with the largest organisation charts to choose from (strategic ones first).
  const data = await client.request('{ accounts(first: 20, order: [{ strategic: DESC }, { monthlyRevenue: DESC }]) { nodes { id name } } }');
  state.orgChoices = data.accounts.nodes;
  state.orgAccount ??= state.orgChoices[0]?.id ?? null;
}

let refreshTimer = null;
let adminTimer = null;
/** Many changes in a burst cause one refresh of the KPIs, not one each. */
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => { showKpis(); }, 300);
}

let serviceTimer = null;
/** A burst of case or health events redraws the service panel (and the KPIs, which count overdue visits) once. */
function refreshServiceSoon() {
  clearTimeout(serviceTimer);
  serviceTimer = setTimeout(() => { showService(); showKpis(); }, 300);
}

function goLive() {
  client.subscribe('subscription { funnelChanged { stage { key name isClosed } count amount weightedAmount conversionToNext } }', {}, {
    next: (data) => data && funnel.render($('funnel'), { funnel: data.funnelChanged }),
    error: (error) => (error.status === 401 ? signedOut(error.message) : showError($('funnel'), 'Sales funnel', error)),
  });
  client.subscribe('subscription { opportunityChanged { kind } }', {}, { next: refreshSoon });
  client.subscribe('subscription { serviceCaseChanged { kind } }', {}, { next: refreshServiceSoon });
  // Partners may not hear of health changes: they are not asked for them.
  if (state.staff) client.subscribe('subscription { healthChanged { fromBand } }', {}, { next: refreshServiceSoon });
  client.subscribe(`subscription { activityLogged { ${ACTIVITY_FIELDS} } }`, {}, {
    next: (data) => {
      const list = $('feed').querySelector('ol.feed');
      if (!data || !list) return;
      list.prepend(feed.item(data.activityLogged));
      while (list.children.length > 12) list.lastElementChild.remove();
    },
  });
}

const statusText = { online: 'Live', connecting: 'Connecting…', offline: 'Offline' };
const RECONNECTING = 'Offline, reconnecting…';
client.onStatus((status) => {
  const indicator = $('connection');
  indicator.dataset.status = status;
  // The badge is a polite live region: while the socket retries after a drop it flips between connecting and
  // offline at every attempt, so it says once that it is reconnecting and then only when it is live again.
  const retrying = status !== 'online' && client.subscriptions.size > 0
    && (status === 'offline' || indicator.textContent === RECONNECTING);
  const text = retrying ? RECONNECTING : statusText[status];
  if (indicator.textContent !== text) indicator.textContent = text;
  // The admin view's first reading is taken before the dashboard's own socket opens: read again once it is open and
  // its subscriptions (sent right after, with no reply of their own) have had a moment to start.
  if (status === 'online' && adminTimer !== null) setTimeout(() => adminTimer !== null && showServerActivity(), 1000);
});

async function start() {
  let me;
  try {
    me = (await client.request('{ me { name roles distributor { name } } }')).me;
  } catch (error) {
    if (error.status === 401) return signedOut();
    fill($('sign-in-error'), error.message);
    return signedOut();
  }
  sessionLive = true;
  // Focus was on the sign-in form, which goes away: it moves to the dashboard instead of the page's start.
  const fromSignIn = $('sign-in').contains(document.activeElement);
  $('sign-in').hidden = true;
  $('dashboard').hidden = false;
  if (fromSignIn) $('main').focus();
  $('sign-out').hidden = false;
  // Only administrators and directors see (and may read) the server's own figures, refreshed each half minute.
  const admin = me.roles.some((role) => ADMIN_ROLES.includes(role));
  state.staff = me.roles.some((role) => STAFF_ROLES.includes(role));
  $('server-activity').hidden = !admin;
  for (const id of STAFF_SECTIONS) $(id).hidden = !state.staff;
  clearInterval(adminTimer);
  adminTimer = admin ? setInterval(showServerActivity, 30_000) : null;
  fill($('who'), `${me.name} · ${me.roles.map(format.words).join(', ')}${me.distributor ? ` · ${me.distributor.name}` : ''}`);
  await Promise.all([showKpis(), showFunnel(), showTiers(), showAccounts(), showRanking(), showFeed(), showService(),
    admin ? showServerActivity() : null, showCoverage(), showRevenueTrend(), showKpiHistory(),
    loadOrgChoices().then(() => Promise.all([showOrgChart(), showPlan(), showAccountRevenue()]))
      .catch((error) => showError($('org-chart'), 'Organisation chart', error))]);
  goLive();
  document.body.dataset.ready = 'true';
}

/** Whether the dashboard shows a signed-in session (so that its end is told once). */
let sessionLive = false;

/** Shows the sign-in form; `reason` (e.g. a session that ended while in use) is announced there. */
function signedOut(reason) {
  // Several views fail with 401 at once when a session ends: the first tells it, the rest would repeat the alert.
  if (reason && !sessionLive) return;
  sessionLive = false;
  client.close();
  clearInterval(adminTimer);
  adminTimer = null;
  fill($('server-activity'));
  $('server-activity').hidden = true;
  // The next session may be a partner's: the company's own views must not stay in the page.
  for (const id of STAFF_SECTIONS) { fill($(id)); $(id).hidden = true; }
  delete document.body.dataset.ready;
  $('dashboard').hidden = true;
  $('sign-out').hidden = true;
  fill($('who'));
  $('sign-in').hidden = false;
  if (reason) fill($('sign-in-error'), reason);
  $('email').focus();
}

/** Marks both fields as wrong (or no longer wrong); each is described by the error message already. */
function markInvalid(invalid) {
  for (const id of ['email', 'password']) {
    if (invalid) $(id).setAttribute('aria-invalid', 'true');
    else $(id).removeAttribute('aria-invalid');
  }
}

$('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  fill($('sign-in-error'));
  markInvalid(false);
  const body = JSON.stringify({ email: $('email').value, password: $('password').value });
  try {
    const response = await fetch('/auth/cookie', { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin' });
    if (response.ok) return start();
    const reason = (await response.json().catch(() => null))?.error?.message;
    fill($('sign-in-error'), reason ?? `Sign-in failed (${response.status}).`);
    // Only wrong credentials (401) make the fields wrong; a locked login (423) or too many tries (429) do not.
    markInvalid(response.status === 401);
  } catch {
    fill($('sign-in-error'), UNREACHABLE);
  }
});

$('sign-out').addEventListener('click', async () => {
  await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => {});
  signedOut();
});

start();
