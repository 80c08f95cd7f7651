// The demo partner portal (embed.html): signs its user in, hands the token to the widgets, and listens to their
// graphkam-error events to ask for a new sign-in when the token has run out.
const $ = (id) => document.getElementById(id);
const widgets = () => document.querySelectorAll('main > *');

$('portal-sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = $('portal-error');
  error.textContent = '';
  const body = await signIn($('portal-email').value, $('portal-password').value).catch(() => null);
  if (!body?.accessToken) {
    error.textContent = body?.error?.message ?? 'Sign-in failed: GraphKam cannot be reached.';
    return;
  }
  // The org chart shows the first of the partner's accounts.
  const first = await fetch('graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${body.accessToken}` },
    body: JSON.stringify({ query: '{ accounts(first: 1, order: [{ monthlyRevenue: DESC }]) { nodes { id } } }' }),
  }).then((r) => r.json());
  const account = first.data?.accounts.nodes[0]?.id;
  if (account) $('portal-org-chart').setAttribute('account-id', account);
  for (const widget of widgets()) widget.setAttribute('token', body.accessToken);
});

async function signIn(email, password) {
  const response = await fetch('auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  return response.json().catch(() => ({ error: { message: `Sign-in failed (${response.status}).` } }));
}

document.addEventListener('graphkam-error', (event) => {
  if (event.detail.reason !== 'unauthorized') return;
  $('portal-error').textContent = 'Your sign-in has ended: sign in again to see your GraphKam data.';
});
