// GraphKam widgets for partner portals: <graphkam-funnel>, <graphkam-accounts>, <graphkam-org-chart account-id="…">
// and <graphkam-scorecard>. Load with <script type="module" src="https://<graphkam>/embed/graphkam.js"></script>.
// Attributes: endpoint (default: the GraphKam server this script came from), token (a partner's access token or API
// token; without one, credentials="cookie" uses a GraphKam sign-in cookie), and per widget filters. Each widget lives
// in its own shadow root, styled by the --graphkam-* custom properties of the page (see css/graphkam.css).
import { GraphQLClient } from '../js/graphql.js';
import { h, fill } from '../js/dom.js';
import { funnel, accounts, orgChart, ranking, showError, quarterBack, SORTS } from '../js/views.js';

const stylesheet = new URL('../css/graphkam.css', import.meta.url).href;
const defaultEndpoint = new URL('../graphql', import.meta.url).href;

class GraphKamWidget extends HTMLElement {
  static common = ['endpoint', 'token', 'credentials'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.panel = h('section', { part: 'panel' });
    this.shadowRoot.append(h('link', { rel: 'stylesheet', href: stylesheet }), this.panel);
  }

  connectedCallback() { this.scheduleRefresh(); }

  disconnectedCallback() { this.client?.close(); }

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
      fill(this.panel, h('p', { class: 'muted' }, 'Sign in to see GraphKam data.'));
      return;
    }
    this.client?.close();
    this.client = new GraphQLClient({ endpoint: this.getAttribute('endpoint') ?? defaultEndpoint, token });
    this.panel.setAttribute('aria-busy', 'true');
    try {
      await this.show(this.client);
      this.dataset.ready = 'true';
    } catch (error) {
      showError(this.panel, this.title || 'GraphKam', error);
    } finally {
      this.panel.removeAttribute('aria-busy');
    }
  }
}

class FunnelWidget extends GraphKamWidget {
  static observedAttributes = [...GraphKamWidget.common, 'where', 'heading', 'live'];

  async show(client) {
    const where = this.json('where');
    const heading = this.getAttribute('heading') ?? 'Sales funnel';
    funnel.render(this.panel, await funnel.load(client, { where }), { title: heading });
    if (this.hasAttribute('live')) {
      client.subscribe('subscription($where: OpportunityFilterInput) { funnelChanged(where: $where) { stage { key name isClosed } count amount weightedAmount conversionToNext } }',
        { where }, { next: (data) => data && funnel.render(this.panel, { funnel: data.funnelChanged }, { title: heading }) });
    }
  }
}

class AccountsWidget extends GraphKamWidget {
  static observedAttributes = [...GraphKamWidget.common, 'where', 'sort', 'page-size'];

  async show(client) {
    const sort = this.getAttribute('sort');
    this.state ??= { search: '', sort: sort in SORTS ? sort : 'Revenue, highest first', pageSize: Number(this.getAttribute('page-size') ?? 10), where: this.json('where') };
    const draw = async () => accounts.render(this.panel, await accounts.load(client, this.state), {
      state: this.state,
      onChange: (change) => { Object.assign(this.state, change); draw().catch((error) => showError(this.panel, 'Accounts', error)); },
    });
    await draw();
  }
}

class OrgChartWidget extends GraphKamWidget {
  static observedAttributes = [...GraphKamWidget.common, 'account-id'];

  async show(client) {
    const accountId = this.getAttribute('account-id');
    if (!accountId) throw new Error('Set the account-id attribute of <graphkam-org-chart> to an account ID.');
    orgChart.render(this.panel, await orgChart.load(client, { accountId }));
  }
}

class ScorecardWidget extends GraphKamWidget {
  static observedAttributes = [...GraphKamWidget.common, 'period'];

  async show(client) {
    const period = this.getAttribute('period') ?? quarterBack(1);
    ranking.render(this.panel, await ranking.load(client, { period }), { period, title: 'Scorecard' });
  }
}

for (const [name, element] of [['graphkam-funnel', FunnelWidget], ['graphkam-accounts', AccountsWidget],
  ['graphkam-org-chart', OrgChartWidget], ['graphkam-scorecard', ScorecardWidget]]) {
  if (!customElements.get(name)) customElements.define(name, element);
}
