using GraphKam.GraphQL.Mutations;
using GraphQL.Types;

namespace GraphKam.Server.Service;

/// <summary>The input of a step in a case's life; each step has its own named input type, with its note named for it.</summary>
public abstract class ServiceCaseStepInputType : InputObjectGraphType
{
    private readonly string _note;

    protected ServiceCaseStepInputType(string name, string description, string note, string noteDescription, bool noteRequired)
    {
        Name = name;
        Description = description;
        _note = note;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The service case.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The `version` you read.");
        if (noteRequired) Field<NonNullGraphType<StringGraphType>>(note).Description(noteDescription);
        else Field<StringGraphType>(note).Description(noteDescription);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ServiceCaseStepInput(value.RequiredId("id"), value.Required<int>("version"), value.Get<string>(_note));
}

public sealed class AcknowledgeServiceCaseInputType() : ServiceCaseStepInputType("AcknowledgeServiceCaseInput",
    "Answers an open or reopened case: someone works on it.", "note", "What was said to the account.", noteRequired: false);

public sealed class ResolveServiceCaseInputType() : ServiceCaseStepInputType("ResolveServiceCaseInput",
    "Marks a case solved.", "resolution", "How it was solved.", noteRequired: true);

public sealed class CloseServiceCaseInputType() : ServiceCaseStepInputType("CloseServiceCaseInput",
    "Closes a resolved case once the account confirms.", "note", "The account's confirmation, in words.", noteRequired: false);

public sealed class ReopenServiceCaseInputType() : ServiceCaseStepInputType("ReopenServiceCaseInput",
    "Reopens a resolved or closed case that was not solved after all.", "reason", "Why it is reopened.", noteRequired: true);
