namespace GraphKam.Server.Imports;

/// <summary>The codes of an import's own problems (a row's rule errors keep the mutation's codes).</summary>
public static class ImportCodes
{
    public const string UnknownKind = "UNKNOWN_IMPORT_KIND";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string TooManyRows = "TOO_MANY_ROWS";
    public const string TooManyColumns = "TOO_MANY_COLUMNS";
    public const string UnreadableFile = "UNREADABLE_FILE";
    public const string UnknownFormat = "UNKNOWN_FORMAT";
    public const string MissingColumn = "MISSING_COLUMN";
    public const string DuplicateColumn = "DUPLICATE_COLUMN";
    public const string InvalidValue = "INVALID_VALUE";
}
