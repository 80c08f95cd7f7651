using GraphKam.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphKam.GraphQL.Mutations;

/// <summary>
/// HotChocolate's mutation conventions in one call: <c>createAccount(input: CreateAccountInput!): CreateAccountPayload!</c>
/// where the payload holds the changed object and <c>errors: [CreateAccountError!]</c>, a union of the error types
/// this mutation can report.
/// </summary>
public static class MutationFields
{
    /// <param name="errors">The <see cref="MutationError"/> records the mutation may report, in the union's order.</param>
    /// <param name="warnings">
    /// The records it may report as warnings (a change made anyway): when given, the payload gets
    /// <c>warnings: [XWarning!]</c>, a union of them, beside <c>errors</c>.
    /// </param>
    public static FieldType AddMutation<TInputType, TValueType>(this ObjectGraphType mutation, string name, string description,
        (string Name, string Description) value, IReadOnlyList<Type> errors, Func<IResolveFieldContext, Task<Payload>> resolve,
        IReadOnlyList<Type>? warnings = null)
        where TInputType : InputObjectGraphType where TValueType : IGraphType
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var union = Union($"{typeName}Error", $"The errors `{name}` can report.", errors, nameof(errors));
        var declared = errors.ToHashSet();
        var declaredWarnings = warnings?.ToHashSet() ?? [];

        var payload = new ObjectGraphType<Payload> { Name = $"{typeName}Payload", Description = $"The result of `{name}`." };
        payload.Field<TValueType>(value.Name).Description(value.Description).Resolve(c => c.Source.Value);
        payload.Field(name: "errors", new ListGraphType(new NonNullGraphType(union)))
            .Description("Why nothing changed; null when the mutation succeeded.")
            .Resolve(c => c.Source.Errors.Count == 0 ? null : c.Source.Errors);
        if (warnings != null)
            payload.Field(name: "warnings", new NonNullGraphType(new ListGraphType(new NonNullGraphType(
                    Union($"{typeName}Warning", $"The warnings `{name}` can report.", warnings, nameof(warnings))))))
                .Description("What you should know about the change, which was made anyway; empty when there is nothing to say.")
                .Resolve(c => c.Source.Warnings);

        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", $"What `{name}` needs.")
            .ResolveAsync(async context =>
            {
                var result = await resolve(context);
                foreach (var warning in result.Warnings.Where(w => !declaredWarnings.Contains(w.GetType())))
                    ReportUndeclared(context, name, warning);
                result = result with { Warnings = [.. result.Warnings.Where(w => declaredWarnings.Contains(w.GetType()))] };
                // Declared errors travel only in the payload, as in HotChocolate: a top-level error as well would make
                // clients (Apollo's default error policy, StrawberryShake) drop the payload that explains them.
                if (result.Errors.All(e => declared.Contains(e.GetType()))) return result;
                // An error the union does not list cannot be written into `errors`: it becomes a coded top-level error
                // and is logged as the defect it is; the payload keeps only what its type can carry.
                foreach (var error in result.Errors.Where(e => !declared.Contains(e.GetType())))
                {
                    ReportUndeclared(context, name, error);
                    context.Errors.Add(new CodedError(error.Code, error.Message) { Path = context.ResponsePath });
                }
                return result with { Errors = [.. result.Errors.Where(e => declared.Contains(e.GetType()))] };
            })
            .FieldType;
    }

    private static UnionGraphType Union(string name, string description, IReadOnlyList<Type> members, string parameter)
    {
        var union = new UnionGraphType { Name = name, Description = description };
        foreach (var member in members.Distinct())
        {
            if (!typeof(MutationError).IsAssignableFrom(member))
                throw new ArgumentException($"{member.Name} is not a {nameof(MutationError)}.", parameter);
            union.Type(typeof(ErrorGraphType<>).MakeGenericType(member));
        }
        return union;
    }

    private static void ReportUndeclared(IResolveFieldContext context, string mutation, MutationError error) =>
        context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("GraphKam.GraphQL.Mutations").LogError(
            "Mutation {Mutation} reported {Error}, which its errors union does not declare.", mutation, error.GetType().Name);
}
