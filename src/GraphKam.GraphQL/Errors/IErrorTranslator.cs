using GraphQL;

namespace GraphKam.GraphQL.Errors;

/// <summary>
/// Turns an exception a resolver did not expect, but the application understands (a database busy with another
/// writer, say), into the coded error the client should see. Such an error is not logged as a failure and gets no
/// correlation ID: there is nothing for an operator to look up.
/// </summary>
public interface IErrorTranslator
{
    /// <summary>The client's error for <paramref name="exception"/>, or null when this translator does not know it.</summary>
    ExecutionError? Translate(Exception exception);
}
