using GraphKam.GraphQL.Mutations;
using GraphKam.Server.Common;
using GraphKam.Server.Data;

namespace GraphKam.Server.OrgCharts;

/// <summary>What a contact's own values must satisfy; plain functions, tested directly.</summary>
public static class ContactRules
{
    public static List<MutationError> Validate(Contact contact)
    {
        var errors = new List<MutationError>();
        TextRules.Check(contact.Name, "name", 200, errors, required: true);
        foreach (var (field, value, max) in new[] { ("title", contact.Title, 200), ("department", contact.Department, 200),
                     ("email", contact.Email, 320), ("phone", contact.Phone, 50), ("notes", contact.Notes, 4000) })
            TextRules.Check(value, field, max, errors);
        if (contact.Email is { Length: > 0 } email && !EmailAddress.IsValid(email)) errors.Add(new InvalidEmailError(email));
        if (contact.Influence is < 1 or > 5) errors.Add(new OutOfRangeError("influence", 1, 5, contact.Influence));
        if (contact.RelationshipStrength is < 1 or > 5) errors.Add(new OutOfRangeError("relationshipStrength", 1, 5, contact.RelationshipStrength));
        return errors;
    }
}
