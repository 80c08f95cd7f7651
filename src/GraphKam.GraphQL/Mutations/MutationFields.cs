using GraphQL;
using GraphQL.Types;

namespace GraphKam.GraphQL.Mutations;

/// <summary>
/// HotChocolate's mutation conventions in one call: <c>createAccount(input: CreateAccountInput!): CreateAccountPayload!</c>
/// where the payload holds the changed object and <c>errors: [CreateAccountError!]</c>, a union of the error types
/// this mutation can report.
/// </summary>
public static class MutationFields
{
    public static FieldType AddMutation<TInputType, TValueType>(this ObjectGraphType mutation, string name, string description,
        (string Name, string Description) value, IReadOnlyList<Type> errorTypes, Func<IResolveFieldContext, Task<Payload>> resolve)
        where TInputType : InputObjectGraphType where TValueType : IGraphType
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = new UnionGraphType { Name = $"{typeName}Error", Description = $"The errors `{name}` can report." };
        foreach (var errorType in errorTypes) errors.Type(errorType);

        var payload = new ObjectGraphType<Payload> { Name = $"{typeName}Payload", Description = $"The result of `{name}`." };
        payload.Field<TValueType>(value.Name).Description(value.Description).Resolve(c => c.Source.Value);
        payload.Field(name: "errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why nothing changed; null when the mutation succeeded.")
            .Resolve(c => c.Source.Errors.Count == 0 ? null : c.Source.Errors);

        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", $"What `{name}` needs.")
            // Domain errors travel only in the payload, as in HotChocolate: a top-level error as well would make
            // clients (Apollo's default error policy, StrawberryShake) drop the payload that explains them.
            .ResolveAsync(async context => await resolve(context))
            .FieldType;
    }
}
