// Staff-only views over time: the company's revenue by month, the selected account's revenue history (beside its
// organisation chart) and the KPI history with the tier migration matrix. Partners may read none of these
// (AUTH_NOT_AUTHORIZED), so their page neither shows nor asks for them.
import { h, fill, format, scrollBox } from './dom.js';
import { trendChart, monthsBetween } from './charts.js';

const heading = (title) => h('h2', { tabindex: -1 }, title);

/** Every month from the first to the last of `rows` (a month missing from the answer is a gap in the lines). */
function monthsOf(rows) {
  return rows.length ? monthsBetween(rows[0].month, rows.at(-1).month) : [];
}

/** For each month, `pick(row)` of the row of that month, or null when there is none. */
function column(months, rows, pick) {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return months.map((month) => (byMonth.has(month) ? pick(byMonth.get(month)) : null));
}

const yuan = (value) => format.yuan(value);
const growth = (value) => `${value > 0 ? '+' : ''}${format.percent(value)}`;

/** Revenue and IT revenue lines, with growth (and the accounts counted, for the company) in the table. */
function revenueChart(title, key, rows, withAccounts) {
  const months = monthsOf(rows);
  const extra = [
    ...(withAccounts ? [{ name: 'Accounts', values: column(months, rows, (r) => r.accounts), format: format.int }] : []),
    { name: 'On the month before', values: column(months, rows, (r) => r.monthOverMonth), format: growth },
    { name: 'On the year before', values: column(months, rows, (r) => r.yearOverYear), format: growth },
  ];
  return trendChart({
    title, key, months, extra, formatValue: yuan,
    series: [
      { key: 'revenue', name: 'Revenue', values: column(months, rows, (r) => Number(r.revenue)) },
      { key: 'itRevenue', name: 'IT-services revenue', values: column(months, rows, (r) => Number(r.itRevenue)) },
    ],
  });
}

// ---------- The company's revenue by month ----------
export const revenueTrend = {
  // Without from and to the server answers the 24 months to its current month.
  query: 'query RevenueTrend { revenueTrend { month revenue itRevenue accounts monthOverMonth yearOverYear } }',
  load: (client) => client.request(revenueTrend.query),
  render(root, data) {
    const rows = data.revenueTrend;
    fill(root, heading('Revenue by month'), rows.length === 0
      ? h('p', { class: 'empty', 'data-trend': 'none' }, 'No revenue has been recorded for the last 24 months.')
      : revenueChart('Company revenue by month, last 24 months', 'revenue-trend', rows, true));
  },
};

// ---------- The selected account's revenue history ----------
export const accountRevenue = {
  query: `query AccountRevenue($id: ID!) { account(id: $id) { id name
    revenueHistory { month revenue itRevenue monthOverMonth yearOverYear } } }`,
  load: (client, { accountId }) => client.request(accountRevenue.query, { id: accountId }),
  render(root, data) {
    const account = data.account;
    if (!account) {
      fill(root, heading('Revenue history'), h('p', { class: 'empty' }, 'This account cannot be found.'));
      return;
    }
    const rows = account.revenueHistory;
    fill(root, heading('Revenue history'),
      h('p', { class: 'account-name', 'data-account': account.id }, h('strong', {}, account.name)),
      rows.length === 0
        ? h('p', { class: 'empty', 'data-history': 'none' }, 'No month of revenue recorded in the last 24 months.')
        : revenueChart(`Revenue of ${account.name} by month`, 'account-revenue', rows, false));
  },
};

// ---------- KPI history and tier migration ----------
const KPI_FIELDS = `month keyAccounts tiers { tierCode accounts revenue }
  keyAccountRevenueShare satisfaction forecastAttainment winRate`;

export const kpiHistory = {
  query: `query KpiHistory($policy: String) { kpiHistory(policy: $policy) { ${KPI_FIELDS} } }`,
  migrationQuery: `query TierMigration($from: String!, $to: String!, $policy: String) {
    tierMigration(from: $from, to: $to, policy: $policy) { tiers cells { fromTier toTier accounts } } }`,
  /** The snapshots, then the migration between the first and the last of them. */
  async load(client, { policy = null } = {}) {
    const { kpiHistory: snapshots } = await client.request(kpiHistory.query, { policy });
    if (snapshots.length < 2) return { snapshots, migration: null };
    const variables = { from: snapshots[0].month, to: snapshots.at(-1).month, policy };
    return { snapshots, migration: (await client.request(kpiHistory.migrationQuery, variables)).tierMigration };
  },
  render(root, { snapshots, migration }) {
    if (snapshots.length === 0) {
      fill(root, heading('Key-account KPIs by month'),
        h('p', { class: 'empty', 'data-kpi-history': 'none' }, 'No KPI snapshot has been taken yet.'));
      return;
    }
    const months = monthsOf(snapshots);
    const at = (pick) => column(months, snapshots, pick);
    const tierCodes = [...new Set(snapshots.flatMap((s) => s.tiers.map((t) => t.tierCode)))].sort();
    const percent = (v) => format.percent(v);
    fill(root, heading('Key-account KPIs by month'),
      h('div', { class: 'kpi-charts' },
        trendChart({
          title: 'Key accounts’ share of company revenue', key: 'kpi-revenue-share', months, formatValue: percent,
          series: [{ key: 'share', name: 'Revenue share', values: at((s) => s.keyAccountRevenueShare) }],
        }),
        trendChart({
          title: 'Key accounts per tier', key: 'kpi-tiers', months, formatValue: format.int,
          series: tierCodes.map((code) => ({ key: code, name: code,
            values: at((s) => s.tiers.find((t) => t.tierCode === code)?.accounts ?? 0) })),
          extra: [{ name: 'All key accounts', values: at((s) => s.keyAccounts), format: format.int }],
        }),
        trendChart({
          title: 'Satisfaction', key: 'kpi-satisfaction', months, formatValue: (v) => Number(v).toFixed(1),
          series: [{ key: 'satisfaction', name: 'Satisfaction', values: at((s) => s.satisfaction) }],
        }),
        trendChart({
          title: 'Forecast attainment', key: 'kpi-attainment', months, formatValue: percent,
          series: [{ key: 'attainment', name: 'Forecast attainment', values: at((s) => s.forecastAttainment) }],
          extra: [{ name: 'Win rate', values: at((s) => s.winRate), format: percent }],
        })),
      migration ? migrationTable(migration, snapshots[0].month, snapshots.at(-1).month) : null);
  },
};

/**
 * From-tier rows × to-tier columns, the number of accounts in each cell; the diagonal is the accounts that stayed.
 * A from-tier of null (the account had no tier at the start: new, or not graded) is the row "None".
 */
export function migrationTable({ tiers, cells }, from, to) {
  const order = [...tiers, ...new Set(cells.flatMap((c) => [c.fromTier, c.toTier])
    .filter((t) => t != null && !tiers.includes(t)))];
  const rows = cells.some((c) => c.fromTier == null) ? [...order, null] : order;
  const count = (fromTier, toTier) => cells.filter((c) => c.fromTier === fromTier && c.toTier === toTier)
    .reduce((sum, c) => sum + c.accounts, 0);
  const title = `Tier migration from ${from} to ${to}`;
  return [h('h3', {}, title), scrollBox(`${title} table`, h('table', { class: 'numbers migration' },
    h('caption', {}, 'Accounts by tier at the start (rows) and at the end (columns); the diagonal stayed in their tier'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'From \\ to'), order.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((fromTier) => h('tr', { 'data-from': fromTier ?? 'none' },
      h('th', { scope: 'row' }, fromTier ?? 'None'),
      order.map((toTier) => h('td', {
        class: fromTier === toTier ? 'num stayed' : 'num', 'data-to': toTier,
      }, format.int(count(fromTier, toTier)))))))))];
}
