using GraphQL.Types;
using GraphQLParser;

namespace GraphKam.GraphQL.Limits;

/// <summary>
/// Introspection is measured in whole-schema reads: one unit is the estimated work of the full introspection query
/// graphql-js sends with every option (descriptions, deprecated arguments and input fields, specifiedByURL,
/// repeatable directives, oneOf), which is what IDEs send to load the schema.
/// </summary>
internal sealed class IntrospectionBudget
{
    public IntrospectionBudget(ISchema schema)
    {
        Sizes = new IntrospectionSizes(schema);
        WholeSchema = Math.Max(1, new DocumentShape(Parser.Parse(FullIntrospectionQuery), Sizes).IntrospectionWork());
    }

    public IntrospectionSizes Sizes { get; }

    /// <summary>The estimated work of reading the whole schema once.</summary>
    public double WholeSchema { get; }

    // graphql-js getIntrospectionQuery({ descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription,
    // inputValueDeprecation, oneOf }), written out.
    private const string FullIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind } mutationType { name kind } subscriptionType { name kind }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL isOneOf
          fields(includeDeprecated: true) {
            name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef }
            isDeprecated deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
        }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name
              ofType { kind name } } } } } } } } }
        }
        """;
}
