namespace GraphKam.GraphQL.Ide;

/// <summary>The IDE's files could not be fetched; the message says why and what to do.</summary>
public sealed class IdeUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
