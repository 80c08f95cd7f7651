// The admin view (administrators and directors): what the server has done lately, read from its own metrics
// through `serverActivity`. Tables only, so screen readers get every figure with its heading.
import { h, fill, format, scrollBox } from './dom.js';

export const ADMIN_ROLES = ['ADMIN', 'DIRECTOR'];

const table = (caption, headers, rows, empty) => (rows.length === 0
  ? h('p', { class: 'muted' }, empty)
  : scrollBox(caption, h('table', { class: 'numbers' }, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, rows.map(([head, ...cells]) => h('tr', {}, h('th', { scope: 'row' }, head),
      cells.map((cell) => h('td', {}, cell))))))));

const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export const serverActivity = {
  query: `query ServerActivity { serverActivity {
    operationsPerMinute
    slowestOperations { name type count averageMilliseconds maxMilliseconds }
    errors { code count } subscriptions { topic count } openWebSockets } }`,
  load: (client) => client.request(serverActivity.query),
  render(root, { serverActivity: activity }) {
    const subscribers = activity.subscriptions.reduce((sum, s) => sum + s.count, 0);
    fill(root, h('h2', { tabindex: -1 }, 'Server activity'),
      h('ul', { class: 'tiles' },
        h('li', { class: 'tile', 'data-admin': 'requests-per-minute' }, h('span', { class: 'tile-label' },
          'Requests per minute'), h('strong', { class: 'tile-value' }, format.int(Math.round(activity.operationsPerMinute)))),
        h('li', { class: 'tile', 'data-admin': 'errors' }, h('span', { class: 'tile-label' }, 'Errors in the last hour'),
          h('strong', { class: 'tile-value' }, format.int(activity.errors.reduce((sum, e) => sum + e.count, 0)))),
        h('li', { class: 'tile', 'data-admin': 'subscribers' }, h('span', { class: 'tile-label' }, 'Live subscriptions'),
          h('strong', { class: 'tile-value' }, format.int(subscribers))),
        h('li', { class: 'tile', 'data-admin': 'websockets' }, h('span', { class: 'tile-label' }, 'Open WebSockets'),
          h('strong', { class: 'tile-value' }, format.int(activity.openWebSockets)))),
      h('h3', {}, 'Slowest operations'),
      table('Slowest operations of the last hour', ['Operation', 'Type', 'Runs', 'Average', 'Longest'],
        activity.slowestOperations.map((o) => [o.name, o.type, format.int(o.count), ms(o.averageMilliseconds),
          ms(o.maxMilliseconds)]), 'No operations in the last hour.'),
      h('h3', {}, 'Errors'),
      table('Errors of the last hour by code', ['Code', 'Count'],
        activity.errors.map((e) => [e.code, format.int(e.count)]), 'No errors in the last hour.'),
      h('h3', {}, 'Subscribers'),
      table('Subscriptions listening now by topic', ['Topic', 'Subscriptions'],
        activity.subscriptions.map((s) => [s.topic, format.int(s.count)]), 'No subscriptions right now.'));
  },
};
