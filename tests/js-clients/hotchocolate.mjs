// Talks to GraphKam the way clients written for a HotChocolate 14/15 server do, with the clients' defaults:
// Apollo Client (errorPolicy "none"), graphql-js's modern introspection query, Relay-style node refetches with IDs a
// HotChocolate 13 or 14 server handed out, variables typed as HotChocolate types them, fragments on its connection
// type names, and refused pages that null only their own (nullable) connection field. Prints one JSON object with a
// verdict per check; exits 1 when any check fails.
// Usage: node hotchocolate.mjs BASE_URL --token TOKEN --account-key KEY --account-name NAME --deleted ID
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';

const base = process.argv[2];
const option = (name) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const authorization = `Bearer ${option('token')}`;
const accountKey = option('account-key');
const accountName = option('account-name');
const deletedId = option('deleted');
const endpoint = `${base}/graphql`;

const client = new ApolloClient({
  link: new HttpLink({ uri: endpoint, headers: { authorization } }),
  cache: new InMemoryCache(),
});

// The ID formats HotChocolate servers hand out: 13 wrote "Type\n" + a type marker + the key, 14 and 15 "Type:key",
// both as padded base64.
const hotChocolate13Id = Buffer.from(`Account\ni${accountKey}`).toString('base64');
const hotChocolate14Id = Buffer.from(`Account:${accountKey}`).toString('base64');

const checks = {
  // The mutation fails with a domain error: Apollo keeps data and the payload explains.
  async mutationDomainError() {
    const result = await client.mutate({
      mutation: gql`
        mutation AddToUnknownAccount($input: AddContactInput!) {
          addContact(input: $input) { contact { id } errors { __typename ... on Error { message } } }
        }`,
      variables: { input: { accountId: Buffer.from('Account:999999').toString('base64'), name: 'Nobody' } },
    });
    const errors = result.data?.addContact?.errors ?? [];
    if (result.error || errors[0]?.__typename !== 'AccountNotFoundError')
      throw new Error(`expected payload.errors [AccountNotFoundError], got ${JSON.stringify(result)}`);
    return errors[0].__typename;
  },

  // Refetching a node that no longer exists answers null, which Apollo's defaults pass on.
  async deletedNodeRefetch() {
    const result = await client.query({
      query: gql`query RefetchDeleted($id: ID!) { node(id: $id) { id } }`,
      variables: { id: deletedId },
      fetchPolicy: 'network-only',
    });
    if (result.error || result.data?.node !== null)
      throw new Error(`expected node: null, got ${JSON.stringify(result)}`);
    return 'null';
  },

  // The introspection query of today's tools, built into a client schema.
  async modernIntrospection() {
    const query = getIntrospectionQuery({
      specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true, oneOf: true,
    });
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (!response.ok || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors)}`);
    const schema = buildClientSchema(body.data);
    const specifiedBy = schema.getType('DateTime')?.specifiedByURL;
    if (!specifiedBy) throw new Error('DateTime has no specifiedByURL');
    if (!schema.getDirective('specifiedBy')) throw new Error('no @specifiedBy directive');
    if (!schema.getDirectives().every((d) => typeof d.isRepeatable === 'boolean')) throw new Error('no isRepeatable');
    return specifiedBy;
  },

  // A Relay-style refetch with IDs stored from HotChocolate 13 and 14 servers finds the same object, whose ID is
  // then written as HotChocolate 14/15 write it.
  async relayRefetch() {
    const query = gql`query RefetchAccount($id: ID!) { node(id: $id) { __typename id ... on Account { name } } }`;
    const found = [];
    for (const id of [hotChocolate13Id, hotChocolate14Id]) {
      const { data } = await client.query({ query, variables: { id }, fetchPolicy: 'network-only' });
      if (data?.node?.name !== accountName || data.node.id !== hotChocolate14Id)
        throw new Error(`${id}: expected ${accountName} with id ${hotChocolate14Id}, got ${JSON.stringify(data)}`);
      found.push(data.node.name);
    }
    return found.join(' = ');
  },

  // Variables declared as HotChocolate's schema types them ([ID], not [ID!]).
  async idListVariables() {
    const { data } = await client.query({
      query: gql`
        query AccountsByIds($ids: [ID]) {
          accounts(where: { id: { in: $ids } }) { nodes { name } }
        }`,
      variables: { ids: [hotChocolate14Id] },
    });
    if (data?.accounts?.nodes?.[0]?.name !== accountName) throw new Error(JSON.stringify(data));
    return data.accounts.nodes.length;
  },

  // HotChocolate's connection fields are nullable, so a refused page (here one too large, on a root list and on a
  // nested one) nulls only its own field; a client with errorPolicy "all" keeps the rest of its data.
  async pagingErrorKeepsSiblings() {
    const result = await client.query({
      query: gql`
        query TooLargePages($id: ID!) {
          me { roles }
          accounts(first: 501) { totalCount }
          node(id: $id) { id ... on Account { name contacts(first: 501) { totalCount } } }
        }`,
      variables: { id: hotChocolate14Id },
      errorPolicy: 'all',
      fetchPolicy: 'network-only',
    });
    const codes = result.error?.errors?.map((e) => e.extensions?.code) ?? [];
    const { data } = result;
    if (data?.accounts !== null || !data?.me?.roles || data.node?.name !== accountName || data.node.contacts !== null
        || codes.length !== 2 || codes.some((code) => code !== 'PAGE_SIZE_EXCEEDED'))
      throw new Error(`expected the two pages null beside the rest, got ${JSON.stringify({ data, codes })}`);
    return codes.join(',');
  },

  // Fragments on the connection types named as HotChocolate names them: after the field, whatever type it is on.
  async connectionFragments() {
    const { data } = await client.query({
      query: gql`
        query Connections($id: ID!) {
          contacts(first: 1) { ...ContactsPage }
          node(id: $id) {
            ... on Account {
              contacts(first: 1) { ...ContactsPage }
              activities(first: 1) { ...ActivitiesPage }
              opportunities(first: 1) { ...OpportunitiesPage }
            }
          }
          revenueConcentration(topPercent: 20) { accounts(first: 1) { ...AccountsPage } }
        }
        fragment ContactsPage on ContactsConnection { totalCount nodes { id } }
        fragment ActivitiesPage on ActivitiesConnection { totalCount }
        fragment OpportunitiesPage on OpportunitiesConnection { totalCount }
        fragment AccountsPage on AccountsConnection { totalCount nodes { id } }`,
      variables: { id: hotChocolate14Id },
    });
    if (typeof data?.node?.contacts?.totalCount !== 'number' || typeof data.contacts.totalCount !== 'number')
      throw new Error(JSON.stringify(data));
    return [data.contacts.__typename, data.node.activities.__typename, data.node.opportunities.__typename,
      data.revenueConcentration.accounts.__typename].join(',');
  },
};

const results = {};
let failed = false;
for (const [name, check] of Object.entries(checks)) {
  try {
    results[name] = `OK ${await check()}`;
  } catch (error) {
    results[name] = `FAILED: ${error.message}`;
    failed = true;
  }
}
console.log(JSON.stringify(results, null, 1));
process.exit(failed ? 1 : 0);
