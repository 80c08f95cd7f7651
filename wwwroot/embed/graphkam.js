// GraphKam widgets for partner portals: <graphkam-funnel>, <graphkam-accounts>, <graphkam-org-chart account-id="…">
// and <graphkam-scorecard>. Load with <script type="module" src="https://<graphkam>/embed/graphkam.js"></script>.
// Attributes: endpoint (default: the GraphKam server this script came from), token (a partner's access token or API
// token; without one, credentials="cookie" uses a GraphKam sign-in cookie), and per widget filters. Each widget lives
// in its own shadow root, styled by the --graphkam-* custom properties of the page (see css/graphkam.css).
// A failure is told in words inside the widget and as a `graphkam-error` event (bubbling, detail: { reason, message,
// origin }) the portal can listen to; reasons: 'origin-not-allowed', 'unauthorized', 'forbidden', 'unreachable',
// 'connection-lost' (live widgets; they reconnect by themselves) and 'server'.
import { GraphQLClient } from '../js/graphql.js';
import { h, fill } from '../js/dom.js';
import { funnel, accounts, orgChart, ranking, showError, quarterBack, SORTS } from '../js/views.js';

const stylesheet = new URL('../css/graphkam.css', import.meta.url).href;
const defaultEndpoint = new URL('../graphql', import.meta.url).href;
const TOKEN_ENDED = 'The GraphKam access token of this widget has expired or is not valid: '
  + 'the portal has to give it a new one.';
const CONNECTION_LOST = 'The connection to GraphKam was lost, so these figures may be out of date: reconnecting…';

class GraphKamWidget extends HTMLElement {
  static common = ['endpoint', 'token', 'credentials'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.notice = h('p', { class: 'notice', role: 'status' });
    this.content = h('div');
    this.shadowRoot.append(h('link', { rel: 'stylesheet', href: stylesheet }),
      h('section', { part: 'panel' }, this.notice, this.content));
  }

  connectedCallback() { this.scheduleRefresh(); }

  disconnectedCallback() { this.stop(); }

  stop() {
    this.stopWatching?.();
    this.client?.close();
  }

  attributeChangedCallback() { if (this.isConnected) this.scheduleRefresh(); }

  /** Several attributes set one after another cause one request. */
  scheduleRefresh() {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => { this.pending = false; this.refresh(); });
  }

  /** A filter attribute holding JSON (e.g. where='{"region":{"eq":"Sichuan"}}'); a clear error when it is not. */
  json(name) {
    const text = this.getAttribute(name);
    if (!text) return null;
    try { return JSON.parse(text); } catch { throw new Error(`The ${name} attribute of <${this.localName}> is not valid JSON.`); }
  }

  async refresh() {
    const token = this.getAttribute('token');
    if (!token && this.getAttribute('credentials') !== 'cookie') {
      fill(this.content, h('p', { class: 'muted' }, 'Sign in to see GraphKam data.'));
      return;
    }
    this.stop();
    delete this.dataset.ready;
    this.client = new GraphQLClient({ endpoint: this.getAttribute('endpoint') ?? defaultEndpoint, token });
    this.stopWatching = this.watch(this.client);
    this.content.setAttribute('aria-busy', 'true');
    try {
      await this.show(this.client);
      this.dataset.ready = 'true';
    } catch (error) {
      this.report(error);
    } finally {
      this.content.removeAttribute('aria-busy');
    }
  }

  /** A live widget whose socket drops says so (once, not at each failed retry) until it is back. */
  watch(client) {
    let live = false;
    return client.onStatus((status) => {
      if (status === 'online') {
        live = true;
        fill(this.notice);
      } else if (status === 'offline' && live) {
        live = false;
        fill(this.notice, CONNECTION_LOST);
        this.announce('connection-lost', CONNECTION_LOST);
      }
    });
  }

  /** Tells a failure in words where the data would be, and to the portal as an event. */
  report(error) {
    const reason = error?.reason ?? 'server';
    const tokenEnded = reason === 'unauthorized' && this.getAttribute('token');
    const message = tokenEnded ? TOKEN_ENDED : error?.message ?? 'Something went wrong.';
    const retry = reason === 'unreachable' || reason === 'server' ? () => this.refresh() : null;
    fill(this.notice);
    showError(this.content, this.heading, { message }, retry);
    this.announce(reason, message);
  }

  announce(reason, message) {
    const detail = { reason, message, origin: location.origin };
    this.dispatchEvent(new CustomEvent('graphkam-error', { bubbles: true, composed: true, detail }));
  }

  get heading() { return 'GraphKam'; }
}

class FunnelWidget extends GraphKamWidget {
  static observedAttributes = [...GraphKamWidget.common, 'where', 'heading', 'live'];

  async show(client) {
    const where = this.json('where');
    const heading = this.heading;
    funnel.render(this.content, await funnel.load(client, { where }), { title: heading });
    if (this.hasAttribute('live')) {
      client.subscribe('subscription($where: OpportunityFilterInput) { funnelChanged(where: $where) { stage { key name isClosed } count amount weightedAmount conversionToNext } }',
        { where }, {
          next: (data) => data && funnel.render(this.content, { funnel: data.funnelChanged }, { title: heading }),
          error: (error) => this.report(error),
        });
    }
  }

  get heading() { return this.getAttribute('heading') ?? 'Sales funnel'; }
}

class AccountsWidget extends GraphKamWidget {
  static observedAttributes = [...GraphKamWidget.common, 'where', 'sort', 'page-size'];

  async show(client) {
    const sort = this.getAttribute('sort');
    this.state ??= { search: '', sort: sort in SORTS ? sort : 'Revenue, highest first', pageSize: Number(this.getAttribute('page-size') ?? 10), where: this.json('where') };
    const draw = async () => accounts.render(this.content, await accounts.load(client, this.state), {
      state: this.state,
      onChange: (change) => { Object.assign(this.state, change); draw().catch((error) => this.report(error)); },
    });
    await draw();
  }

  get heading() { return 'Top accounts'; }
}

class OrgChartWidget extends GraphKamWidget {
  static observedAttributes = [...GraphKamWidget.common, 'account-id'];

  async show(client) {
    const accountId = this.getAttribute('account-id');
    if (!accountId) throw new Error('Set the account-id attribute of <graphkam-org-chart> to an account ID.');
    orgChart.render(this.content, await orgChart.load(client, { accountId }));
  }

  get heading() { return 'Organisation chart'; }
}

class ScorecardWidget extends GraphKamWidget {
  static observedAttributes = [...GraphKamWidget.common, 'period'];

  async show(client) {
    const period = this.getAttribute('period') ?? quarterBack(1);
    ranking.render(this.content, await ranking.load(client, { period }), { period, title: 'Scorecard' });
  }

  get heading() { return 'Scorecard'; }
}

for (const [name, element] of [['graphkam-funnel', FunnelWidget], ['graphkam-accounts', AccountsWidget],
  ['graphkam-org-chart', OrgChartWidget], ['graphkam-scorecard', ScorecardWidget]]) {
  if (!customElements.get(name)) customElements.define(name, element);
}
