using System.Diagnostics;
using GraphQL.Validation;

namespace GraphKam.GraphQL.Telemetry;

/// <summary>Validation (the GraphQL rules, depth, cost and authorization) as a child span of the operation.</summary>
public sealed class TracedDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var operation = Activity.Current;
        var activity = GraphQLTelemetry.Source.StartActivity("graphql.validate");
        if (activity == null) return inner.ValidateAsync(options);
        var validation = inner.ValidateAsync(options);
        // Not an async method, so the caller's flow would otherwise go on under the validation span: give it back.
        Activity.Current = operation;
        return TraceAsync(validation, activity);
    }

    private static async Task<IValidationResult> TraceAsync(Task<IValidationResult> validation, Activity activity)
    {
        using (activity)
        {
            var result = await validation;
            activity.SetTag("graphql.validation.valid", result.IsValid);
            return result;
        }
    }
}
