namespace Rampart.Iam.Account;

/// <summary>One CSV field as RFC 4180 writes it: quoted, with quotes doubled, only when it holds a comma, a quote or
/// a line break. User names and paths may hold commas, and a reader must still see 22 columns.</summary>
public static class CsvField
{
    private static readonly char[] Special = [',', '"', '\n', '\r'];

    public static string Of(string value) =>
        value.IndexOfAny(Special) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
