// Staff-only views of key-account planning: the selected account's plan (beside its organisation chart) and the
// coverage panel (accounts whose coverage or team breaks their tier's rule). Partners are not shown either.
import { h, fill, format, scrollBox } from './dom.js';

const heading = (title) => h('h2', { tabindex: -1 }, title);

// ---------- The selected account's plan ----------
export const accountPlan = {
  query: `query AccountPlan($id: ID!) { account(id: $id) { id name plan {
    id year status summary nextReviewDue reviewDue lastReviewedAt
    objectives { metric target actual progress dueDate }
    competitors { name position products } } } }`,
  load: (client, { accountId }) => client.request(accountPlan.query, { id: accountId }),
  render(root, data) {
    const account = data.account;
    const plan = account?.plan;
    if (!plan) {
      fill(root, heading('Account plan'), h('p', { class: 'empty', 'data-plan': 'none' },
        account ? `${account.name} has no plan for this year.` : 'This account cannot be found.'));
      return;
    }
    fill(root, heading(`Account plan ${plan.year}`),
      h('p', { class: 'plan-status', 'data-plan': plan.id, 'data-status': plan.status },
        h('strong', {}, account.name), ` — ${format.words(plan.status)}`),
      plan.summary ? h('p', {}, plan.summary) : null,
      reviewLine(plan),
      objectives(plan),
      competitors(plan));
  },
};

function reviewLine(plan) {
  if (!plan.nextReviewDue) return h('p', { class: 'muted', 'data-review': 'none' }, 'Not in force: no review is due.');
  const last = plan.lastReviewedAt ? `last review ${format.date(plan.lastReviewedAt)}, ` : '';
  return h('p', { class: plan.reviewDue ? 'review-due' : 'muted', 'data-review': plan.reviewDue ? 'due' : 'scheduled' },
    `${plan.reviewDue ? 'Review due since' : 'Next review'} ${format.date(plan.nextReviewDue)} (${last}monthly)`);
}

function objectives(plan) {
  if (plan.objectives.length === 0) return h('p', { class: 'empty' }, 'No objectives yet.');
  return scrollBox('Plan objectives table', h('table', { class: 'numbers objectives' },
    h('caption', {}, 'Objectives and progress'),
    h('thead', {}, h('tr', {}, ['Objective', 'Target', 'Reached', 'Progress', 'Due'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, plan.objectives.map((o) => h('tr', { 'data-objective': o.metric },
      h('th', { scope: 'row' }, o.metric),
      h('td', { class: 'num' }, format.int(o.target)),
      h('td', { class: 'num' }, format.int(o.actual)),
      h('td', { class: 'num' }, h('progress', { max: 1, value: o.progress, 'aria-label': `${o.metric}: ${format.percent(o.progress)}` }),
        ` ${format.percent(o.progress)}`),
      h('td', {}, format.date(o.dueDate)))))));
}

function competitors(plan) {
  if (plan.competitors.length === 0) return null;
  return [h('h3', {}, 'Competitors'), h('ul', { class: 'competitors' }, plan.competitors.map((c) =>
    h('li', { 'data-competitor': c.name },
      h('strong', {}, c.name), ' ',
      h('span', { class: `badge position ${c.position.toLowerCase()}` }, `we are ${format.words(c.position)}`),
      c.products.length ? h('span', { class: 'muted' }, ` — ${c.products.join(', ')}`) : null)))];
}

// ---------- Coverage ----------
export const coverage = {
  query: `query Coverage { coverageExceptions(first: 500) { totalCount nodes {
    kind tierCode coverage role account { id name owner { name } } } }
    salesCapacity(where: { overCapacity: true }) { user { id name } coverage accounts capacity load } }`,
  load: (client) => client.request(coverage.query),
  render(root, data) {
    const list = data.coverageExceptions;
    const byRule = new Map();
    for (const e of list.nodes) {
      const key = `${e.tierCode} · ${e.kind === 'WRONG_COVERAGE' ? 'coverage not allowed' : `no ${format.words(e.role)}`}`;
      byRule.set(key, (byRule.get(key) ?? 0) + 1);
    }
    fill(root, heading('Coverage'),
      h('p', { 'data-coverage': 'total' }, `${format.int(list.totalCount)} exceptions to the coverage rules of the tiers`),
      list.totalCount === 0 ? h('p', { class: 'empty' }, 'Every account is covered as its tier asks.') : [
        scrollBox('Coverage exceptions by rule', h('table', { class: 'numbers' },
          h('caption', {}, 'Exceptions by rule (tier and what is missing)'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Rule'), h('th', { scope: 'col' }, 'Accounts'))),
          h('tbody', {}, [...byRule].map(([rule, count]) => h('tr', { 'data-rule': rule },
            h('th', { scope: 'row' }, rule), h('td', { class: 'num' }, format.int(count))))))),
        h('h3', {}, 'Accounts to act on'),
        h('ul', { class: 'coverage-exceptions' }, list.nodes.slice(0, 10).map((e) =>
          h('li', { 'data-account': e.account.id },
            h('strong', {}, e.account.name), ` (${e.tierCode}, ${format.words(e.coverage)}) — `,
            e.kind === 'WRONG_COVERAGE' ? 'coverage not allowed' : `no ${format.words(e.role)}`,
            e.account.owner ? h('span', { class: 'muted' }, ` · ${e.account.owner.name}`) : null)))],
      overCapacity(data.salesCapacity));
  },
};

/** The reps who cover more accounts than one rep of their kind can (TOP 20 outside, about 200 inside). */
function overCapacity(reps) {
  return [h('h3', {}, 'Reps over capacity'), reps.length === 0
    ? h('p', { class: 'empty', 'data-capacity': 'none' }, 'No rep covers more accounts than their capacity.')
    : h('ul', { class: 'over-capacity' }, reps.map((r) => h('li', { 'data-user': r.user.id },
      h('strong', {}, r.user.name), ` (${format.words(r.coverage)}): ${format.int(r.accounts)} accounts for a capacity of `,
      `${format.int(r.capacity)} — ${format.percent(r.load)}`)))];
}
