// The dashboard's views. Each is one GraphQL request (`load`) and a drawing of its answer (`render`); the
// dashboard page and the embeddable widgets share them.
import { h, fill, format, quarterOf, scrollBox } from './dom.js';
import { barChart, lineChart } from './charts.js';

// The heading takes focus (from script only) when the control the user was on is gone after a re-render.
const heading = (title) => h('h2', { tabindex: -1 }, title);
const section = (title, ...body) => [heading(title), ...body];

/** The quarter `back` quarters before the date's (the scorecards of a quarter exist once it has ended). */
export function quarterBack(back, date = new Date()) {
  return quarterOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 3 * back, 1)));
}

// ---------- KPI tiles ----------
// The forecast's total is the same whatever the grouping; by REGION because partners may not group by OWNER (the default).
export const kpis = {
  query: `query Kpis($period: String!) {
    accounts { totalCount }
    revenueConcentration(topPercent: 20) { revenueShare }
    funnel { weightedAmount stage { isClosed } }
    forecast(period: $period, groupBy: REGION) { total { attainment } }
    overdueVisits: serviceExceptions(where: { kind: { eq: VISIT_OVERDUE } }) { totalCount }
    channelConflicts(where: { status: { eq: OPEN } }) { totalCount } }`,
  load: (client) => client.request(kpis.query, { period: quarterOf() }),
  render(root, data) {
    const weighted = data.funnel.filter((s) => !s.stage.isClosed).reduce((sum, s) => sum + Number(s.weightedAmount), 0);
    const tiles = [
      ['key-accounts', 'Key accounts', format.int(data.accounts.totalCount)],
      ['top-share', 'Revenue share of the top 20 %', format.percent(data.revenueConcentration.revenueShare)],
      ['weighted-pipeline', 'Weighted pipeline', format.yuan(weighted)],
      ['attainment', `Forecast attainment ${quarterOf()}`, format.percent(data.forecast.total.attainment)],
      ['overdue', 'Overdue visits', format.int(data.overdueVisits.totalCount)],
      ['conflicts', 'Open channel conflicts', format.int(data.channelConflicts.totalCount)],
    ];
    fill(root, h('ul', { class: 'tiles' }, tiles.map(([key, label, value]) =>
      h('li', { class: 'tile', 'data-kpi': key }, h('span', { class: 'tile-label' }, label), h('strong', { class: 'tile-value' }, value)))));
  },
};

// ---------- Funnel ----------
export const funnel = {
  query: `query Funnel($where: OpportunityFilterInput) { funnel(where: $where) { stage { key name isClosed } count amount weightedAmount conversionToNext } }`,
  load: (client, { where } = {}) => client.request(funnel.query, { where: where ?? null }),
  render(root, data, { title = 'Sales funnel' } = {}) {
    const steps = data.funnel;
    fill(root, ...section(title,
      barChart({
        title,
        // The open stages as the funnel's shape; won and lost (closed, and far larger) are in the table below.
        items: steps.filter((s) => !s.stage.isClosed).map((s) => ({ label: s.stage.name, value: s.count, note: `${format.yuan(s.amount)}${s.conversionToNext == null ? '' : `  → ${format.percent(s.conversionToNext)}`}` })),
        formatValue: (v) => `${format.int(v)} deals`,
      }),
      scrollBox(`${title} table`, h('table', { class: 'numbers' },
        h('caption', {}, `${title}: count, amount and conversion per stage`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Stage'), h('th', { scope: 'col' }, 'Deals'), h('th', { scope: 'col' }, 'Amount'), h('th', { scope: 'col' }, 'Conversion'))),
        h('tbody', {}, steps.map((s) => h('tr', { 'data-stage': s.stage.key },
          h('th', { scope: 'row' }, s.stage.name), h('td', { 'data-field': 'count' }, format.int(s.count)),
          h('td', {}, format.yuan(s.amount)), h('td', {}, format.percent(s.conversionToNext)))))))));
  },
};

// ---------- Tier distribution ----------
export const tiers = {
  query: `query Tiers($policy: String) { tierPolicies { key name isDefault } tierDistribution(policy: $policy) { tier { code name } accountCount share } }`,
  load: (client, { policy } = {}) => client.request(tiers.query, { policy: policy ?? null }),
  render(root, data, { policy, onPolicy }) {
    const current = policy ?? data.tierPolicies.find((p) => p.isDefault)?.key;
    const select = h('select', { id: 'tier-policy', on: { change: (e) => onPolicy(e.target.value) } },
      data.tierPolicies.map((p) => h('option', { value: p.key, selected: p.key === current }, p.name)));
    fill(root, ...section('Tier distribution',
      h('label', { for: 'tier-policy' }, 'Tier policy '), select,
      barChart({
        title: 'Accounts per tier',
        items: data.tierDistribution.map((b) => ({
          label: tierName(b.tier), value: b.accountCount, note: `${format.percent(b.share)} of revenue`,
        })),
        formatValue: (v) => `${format.int(v)} accounts`,
      }),
      scrollBox('Tier distribution table', h('table', { class: 'numbers' },
        h('caption', {}, 'Accounts and revenue share per tier'),
        h('thead', {}, h('tr', {}, ['Tier', 'Accounts', 'Revenue share'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, data.tierDistribution.map((b) => h('tr', { 'data-tier': b.tier.code },
          h('th', { scope: 'row' }, tierName(b.tier)), h('td', { class: 'num' }, format.int(b.accountCount)),
          h('td', { class: 'num' }, format.percent(b.share)))))))));
  },
};

const tierName = (tier) => (tier.name.startsWith(tier.code) ? tier.name : `${tier.code} ${tier.name}`);

// ---------- Top accounts (filter, sort, paging through the GraphQL conventions) ----------
export const SORTS = {
  'Revenue, highest first': [{ monthlyRevenue: 'DESC' }],
  'Name, A to Z': [{ name: 'ASC' }],
  'Satisfaction, lowest first': [{ satisfaction: 'ASC' }],
  'Employees, most first': [{ employees: 'DESC' }],
};

export const accounts = {
  query: `query Accounts($where: AccountFilterInput, $order: [AccountSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
    accounts(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id name industry region monthlyRevenue satisfaction tier { code } owner { name } } } }`,
  load(client, state) {
    const where = { ...(state.where ?? {}) };
    if (state.search) where.name = { contains: state.search };
    const paging = state.before ? { last: state.pageSize, before: state.before } : { first: state.pageSize, after: state.after ?? null };
    return client.request(accounts.query, { where: Object.keys(where).length ? where : null, order: SORTS[state.sort], ...paging });
  },
  render(root, data, { state, onChange }) {
    const page = data.accounts;
    const search = h('input', { id: 'account-search', type: 'search', value: state.search ?? '', placeholder: 'e.g. 银行 or Bank' });
    const sort = h('select', { id: 'account-sort' }, Object.keys(SORTS).map((label) => h('option', { value: label, selected: label === state.sort }, label)));
    const form = h('form', { class: 'controls', role: 'search', on: { submit: (e) => { e.preventDefault(); onChange({ search: search.value.trim(), sort: sort.value, after: null, before: null }); } } },
      h('label', { for: 'account-search' }, 'Name contains'), search,
      h('label', { for: 'account-sort' }, 'Sort by'), sort,
      h('button', { type: 'submit' }, 'Apply'));
    sort.addEventListener('change', () => form.requestSubmit());
    const rows = page.nodes.map((a) => h('tr', { 'data-id': a.id },
      h('th', { scope: 'row', class: 'name' }, a.name), h('td', {}, a.tier?.code ?? '–'), h('td', {}, format.words(a.industry)), h('td', {}, a.region),
      h('td', { class: 'num' }, format.yuan(a.monthlyRevenue)), h('td', { class: 'num' }, a.satisfaction == null ? '–' : a.satisfaction.toFixed(1)),
      h('td', {}, a.owner?.name ?? '–')));
    fill(root, ...section('Top accounts', form,
      scrollBox('Accounts table', h('table', { class: 'accounts' },
        h('caption', {}, `${format.int(page.totalCount)} accounts`),
        h('thead', {}, h('tr', {}, ['Account', 'Tier', 'Industry', 'Region', 'Monthly revenue', 'Satisfaction', 'Owner'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 7 }, 'No account matches.'))))),
      h('nav', { class: 'pager', 'aria-label': 'Account pages' },
        pageButton('previous-page', '‹ Previous', page.pageInfo.hasPreviousPage,
          () => onChange({ before: page.pageInfo.startCursor, after: null })),
        pageButton('next-page', 'Next ›', page.pageInfo.hasNextPage,
          () => onChange({ after: page.pageInfo.endCursor, before: null })))));
  },
};

/** A pager button that stays focusable at the first or last page (aria-disabled), so focus never drops there. */
function pageButton(key, label, enabled, go) {
  const click = () => enabled && go();
  const disabled = enabled ? null : 'true';
  return h('button', { type: 'button', 'data-focus-key': key, 'aria-disabled': disabled, on: { click } }, label);
}

// ---------- Organisation chart ----------
export const orgChart = {
  query: `query OrgChart($id: ID!) { account(id: $id) { id name
    orgChart { depth contact { id name title buyingRole style attitude influence } }
    roleCoverage { risk risks } } }`,
  load: (client, { accountId }) => client.request(orgChart.query, { id: accountId }),
  render(root, data, { choices = [], onAccount } = {}) {
    const account = data.account;
    const picker = choices.length ? [h('label', { for: 'org-account' }, 'Account '),
      h('select', { id: 'org-account', on: { change: (e) => onAccount(e.target.value) } },
        choices.map((c) => h('option', { value: c.id, selected: c.id === account?.id }, c.name)))] : [];
    if (!account) { fill(root, ...section('Organisation chart', ...picker, h('p', { class: 'empty' }, 'This account cannot be found.'))); return; }
    const risk = account.roleCoverage.risk;
    const people = account.orgChart.map((entry) => {
      const c = entry.contact;
      const opposed = c.attitude === 'OPPONENT';
      const card = h('div', { class: 'person-card' },
        h('span', { class: 'person-name' }, c.name),
        c.title ? h('span', { class: 'person-title' }, ` — ${c.title}`) : null,
        h('span', { class: 'badges' },
          h('span', { class: 'badge role' }, format.words(c.buyingRole)),
          c.style ? h('span', { class: 'badge style' }, format.words(c.style)) : null,
          h('span', { class: `badge attitude ${c.attitude.toLowerCase()}` }, format.words(c.attitude))));
      const item = { class: `person${opposed ? ' opposed' : ''}`, 'data-contact': c.id, 'data-depth': entry.depth };
      return { depth: entry.depth, element: h('li', item, card) };
    });
    fill(root, ...section('Organisation chart', ...picker,
      h('p', { class: `risk risk-${risk.toLowerCase()}`, 'data-risk': risk }, `Coverage risk: ${format.words(risk)}`),
      account.roleCoverage.risks.length ? h('ul', { class: 'risks' }, account.roleCoverage.risks.map((r) => h('li', {}, r))) : null,
      people.length ? nest(h('ul', { class: 'tree', 'aria-label': `People at ${account.name}` }), people)
        : h('p', { class: 'empty' }, 'No contacts yet.')));
  },
};

/**
 * Puts depth-first { depth, element } items into nested lists, each person's reports in a list inside their item,
 * so screen readers tell the hierarchy ("list, level 2") that indentation shows.
 */
function nest(tree, items) {
  const lists = [tree];
  const last = [];
  for (const { depth, element } of items) {
    const level = Math.min(depth, last.length); // one level deeper than the previous item at most
    lists.length = level + 1;
    lists[level] ??= last[level - 1].appendChild(h('ul', { class: 'reports' }));
    lists[level].append(element);
    last.length = level;
    last.push(element);
  }
  return tree;
}

// ---------- Distributor ranking and scorecards ----------
export const ranking = {
  query: `query Ranking($period: String!) { distributorRanking(period: $period, first: 10) { totalCount nodes {
    rank overallScore attainment salesScore coverageScore serviceScore paymentScore distributor { id name kind } } } }`,
  load: (client, { period }) => client.request(ranking.query, { period }),
  render(root, data, { period, onPeriod, title = 'Distributor ranking' }) {
    const quarters = [1, 2, 3, 4].map((back) => quarterBack(back));
    const select = onPeriod ? [h('label', { for: 'ranking-period' }, 'Quarter '), h('select', { id: 'ranking-period', on: { change: (e) => onPeriod(e.target.value) } },
      quarters.map((q) => h('option', { value: q, selected: q === period }, q)))] : [];
    const rows = data.distributorRanking.nodes.map((s) => h('tr', { 'data-distributor': s.distributor.id },
      h('td', { class: 'num' }, s.rank), h('th', { scope: 'row' }, s.distributor.name), h('td', { class: 'num' }, s.overallScore.toFixed(1)),
      h('td', { class: 'num' }, format.percent(s.attainment)), h('td', { class: 'num' }, s.salesScore.toFixed(0)), h('td', { class: 'num' }, s.coverageScore.toFixed(0)),
      h('td', { class: 'num' }, s.serviceScore.toFixed(0)), h('td', { class: 'num' }, s.paymentScore.toFixed(0))));
    fill(root, ...section(title, ...select, scrollBox(`${title} table`, h('table', { class: 'ranking' },
      h('caption', {}, `Scorecards ${period}`),
      h('thead', {}, h('tr', {}, ['#', 'Distributor', 'Overall', 'Attainment', 'Sales', 'Coverage', 'Service', 'Payment'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 8 }, 'No scorecards for this quarter.')))))));
  },
};

// ---------- Activity feed ----------
export const ACTIVITY_FIELDS = 'id type occurredAt summary account { name } owner { name }';
export const feed = {
  query: `query Feed { activities(first: 12, order: [{ occurredAt: DESC }]) { nodes { ${ACTIVITY_FIELDS} } } }`,
  load: (client) => client.request(feed.query),
  item: (a) => h('li', { 'data-activity': a.id },
    h('time', { datetime: a.occurredAt }, format.date(a.occurredAt)), ' ',
    h('span', { class: 'badge' }, format.words(a.type)), ' ',
    h('strong', {}, a.account.name), ': ', a.summary, a.owner ? h('span', { class: 'muted' }, ` (${a.owner.name})`) : null),
  render(root, data) {
    fill(root, ...section('Activity feed', h('ol', { class: 'feed', 'aria-live': 'polite' }, data.activities.nodes.map(feed.item))));
  },
};

// ---------- Service ----------
/** The roles that read health and satisfaction (partners do not). */
export const STAFF_ROLES = ['ADMIN', 'DIRECTOR', 'ACCOUNT_MANAGER', 'INSIDE_SALES'];
const OPEN_CASE = '{ status: { in: [OPEN, ACKNOWLEDGED, REOPENED] } }';
const serviceCasesQuery = `query ServiceCases($monthStart: DateTime!, $now: DateTime!) {
    onTime: serviceCases(where: { and: [${OPEN_CASE}, { breached: { eq: false } }] }) { totalCount }
    breached: serviceCases(where: { and: [${OPEN_CASE}, { breached: { eq: true } }] }) { totalCount }
    breachedThisMonth: serviceCases(where: { breached: { eq: true }, resolveBy: { gte: $monthStart, lte: $now } }) {
      totalCount } }`;
const serviceStaffQuery = `query ServiceHealth {
    satisfactionOverview { year target current months { month average responses } }
    atRiskAccounts(first: 10) { nodes { score band reasons { signal weight detail } account { id name } } } }`;

/** The start of the current UTC month, as an ISO date-time. */
export function monthStart(date = new Date()) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)).toISOString();
}

export const service = {
  load: async (client, { staff = false } = {}) => {
    const now = new Date();
    const [cases, health] = await Promise.all([
      client.request(serviceCasesQuery, { monthStart: monthStart(now), now: now.toISOString() }),
      staff ? client.request(serviceStaffQuery) : null]);
    return { ...cases, ...(health ?? {}), staff };
  },
  render(root, data) {
    const tiles = [
      ['open-on-time', 'Open cases on time', data.onTime.totalCount],
      ['open-breached', 'Open cases breached', data.breached.totalCount],
      ['breached-this-month', 'Breached cases due this month (resolution deadline this month, a deadline missed)',
        data.breachedThisMonth.totalCount],
    ];
    fill(root, ...section('Service',
      h('ul', { class: 'tiles' }, tiles.map(([key, label, value]) => h('li', { class: 'tile', 'data-service': key },
        h('span', { class: 'tile-label' }, label), h('strong', { class: 'tile-value' }, format.int(value))))),
      ...(data.staff ? serviceHealth(data) : [h('p', { class: 'muted', 'data-service': 'staff-only' },
        'Satisfaction and account health are shown to staff only.')])));
  },
};

function serviceHealth(data) {
  const overview = data.satisfactionOverview;
  const title = `Satisfaction ${overview.year} by month against the target`;
  const points = overview.months.map((m) => ({ label: m.month, value: m.responses > 0 ? m.average : null }));
  return [
    h('h3', {}, title),
    h('p', {}, `Target ${overview.target ?? '–'}, now ${overview.current ?? '–'}`),
    lineChart({ title, points, target: overview.target, formatValue: (v) => Number(v).toFixed(1) }),
    h('h3', {}, 'Accounts most at risk'),
    data.atRiskAccounts.nodes.length === 0
      ? h('p', { class: 'muted' }, 'No account is at risk.')
      : h('ol', { class: 'at-risk' }, data.atRiskAccounts.nodes.map((n) => h('li', { 'data-account': n.account.id },
        h('strong', {}, n.account.name), ` — score ${n.score}, ${format.words(n.band)}`,
        h('ul', { class: 'reasons' }, n.reasons.map((r) => h('li', { 'data-signal': r.signal }, r.detail)))))),
  ];
}

/** Shows a failed view's reason in words, where the view would be, with a way to try again when there is one. */
export function showError(root, title, error, retry) {
  fill(root, heading(title), h('p', { class: 'error', role: 'alert' }, error?.message ?? 'Something went wrong.'),
    retry ? h('button', { type: 'button', 'data-focus-key': 'retry', on: { click: retry } }, 'Try again') : null);
}
