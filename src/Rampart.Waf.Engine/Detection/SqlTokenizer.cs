namespace Rampart.Waf.Engine.Detection;

/// <summary>
/// Splits input into SQL tokens as a database would read it, optionally as if the input were pasted inside a string
/// literal opened by <c>'</c> or <c>"</c> (the injection's context). Block comments act as white space (an
/// unterminated one ends the input as a comment), MySQL's executable comments (<c>/*!...*/</c>) are read as code,
/// and <c>--</c> and <c>#</c> comment out the rest of the line.
/// </summary>
internal static class SqlTokenizer
{
    // Enough for an 8 KB body of short tokens; beyond this the rest of the value is not read.
    private const int MaxTokens = 4096;

    private static readonly HashSet<string> Logicals = new(StringComparer.Ordinal) { "AND", "OR", "XOR", "NOT", "DIV", "MOD", "LIKE", "RLIKE", "REGEXP", "IS", "IN", "BETWEEN", "SOUNDS" };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "SELECT", "UNION", "INSERT", "UPDATE", "DELETE", "DROP", "FROM", "WHERE", "ORDER", "GROUP", "BY", "HAVING",
        "LIMIT", "OFFSET", "INTO", "VALUES", "EXEC", "EXECUTE", "DECLARE", "WAITFOR", "DELAY", "TIME", "SHUTDOWN",
        "TRUNCATE", "ALTER", "CREATE", "TABLE", "DATABASE", "CASE", "WHEN", "THEN", "ELSE", "END", "NULL", "TRUE",
        "FALSE", "ALL", "DISTINCT", "AS", "JOIN", "SET", "PROCEDURE", "OUTFILE", "DUMPFILE", "LOAD", "GRANT", "REVOKE",
        "BEGIN", "COLLATE", "TOP", "USER", "ANALYSE", "CALL", "REPLACE", "HANDLER", "RENAME", "USE", "SHOW", "DESC",
        "ASC", "WITH", "RETURN", "GO", "DBCC", "BULK", "OPENROWSET", "OPENQUERY",
    };

    // Keywords that are also function names, read as functions when a parenthesis follows.
    private static readonly HashSet<string> FunctionKeywords = new(StringComparer.Ordinal) { "REPLACE", "USER", "TRUNCATE", "INSERT", "LOAD", "DATABASE", "SCHEMA", "CASE", "VALUES" };

    // Every word the detector asks about, upper-cased; other words carry no text, so tokenizing allocates nothing.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownWords =
        Logicals.Concat(Keywords).Concat(SqlInjectionDetector.FunctionNames).Distinct(StringComparer.Ordinal)
            .ToDictionary(w => w, w => w, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static List<SqlToken>? reusable;

    /// <summary>The tokens of <paramref name="input"/>, in a list reused by the next call on the same thread.</summary>
    public static List<SqlToken> Tokenize(string input, char openQuote)
    {
        var tokens = reusable ??= new List<SqlToken>(64);
        tokens.Clear();
        var i = 0;
        if (openQuote != '\0')
        {
            // The context's own literal ends at the first quote: standard SQL (PostgreSQL, SQL Server, Oracle) does not
            // escape with backslashes, so "\' OR 1=1" breaks out there.
            var first = input.IndexOf(openQuote);
            tokens.Add(new SqlToken(SqlTokenKind.String, first > 0 ? "s" : "", first < 0));
            i = first < 0 ? input.Length : first + 1;
        }
        while (i < input.Length && tokens.Count < MaxTokens)
        {
            var c = input[i];
            if (c <= ' ' || c == (char)160 || c == (char)0x0B)
            {
                i++;
                continue;
            }
            if (c == '/' && At(input, i + 1, '*'))
            {
                if (At(input, i + 2, '!'))
                {
                    i += 3;
                    while (i < input.Length && char.IsAsciiDigit(input[i]))
                    {
                        i++;
                    }
                    continue;
                }
                var close = input.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    tokens.Add(new SqlToken(SqlTokenKind.Comment, CommentText(input, i + 2)));
                    break;
                }
                i = close + 2;
                continue;
            }
            if (c == '*' && At(input, i + 1, '/'))
            {
                i += 2;
                continue;
            }
            // A line comment that cuts off the rest of the input is a token (it truncates the query); one that ends at a
            // newline is white space, as it is to the database ("UNION#\nSELECT").
            if (c == '#' || c == '-' && At(input, i + 1, '-'))
            {
                var newline = input.IndexOf('\n', i);
                if (newline < 0)
                {
                    tokens.Add(new SqlToken(SqlTokenKind.Comment, CommentText(input, c == '#' ? i + 1 : i + 2)));
                    break;
                }
                i = newline + 1;
                continue;
            }
            if (c is '\'' or '"')
            {
                var (text, end, closed) = ReadString(input, i + 1, c);
                tokens.Add(new SqlToken(SqlTokenKind.String, text, !closed));
                i = end;
                continue;
            }
            if (c == '`' || c == '[' && i + 1 < input.Length && char.IsAsciiLetter(input[i + 1]))
            {
                var close = input.IndexOf(c == '`' ? '`' : ']', i + 1);
                tokens.Add(new SqlToken(SqlTokenKind.Word, ""));
                i = close < 0 ? input.Length : close + 1;
                continue;
            }
            if (char.IsAsciiDigit(c) || c == '.' && i + 1 < input.Length && char.IsAsciiDigit(input[i + 1]))
            {
                i = ReadNumber(input, i, tokens);
                continue;
            }
            if (IsWordStart(c))
            {
                var start = i;
                while (i < input.Length && IsWordPart(input[i]))
                {
                    i++;
                }
                var span = input.AsSpan(start, i - start);
                var known = KnownWords.TryGetValue(span, out var upper);
                var word = known ? upper! : WordText(span);
                var next = i;
                while (next < input.Length && (input[next] <= ' ' || input[next] == (char)160))
                {
                    next++;
                }
                var keyword = known && Keywords.Contains(word);
                var kind = known && Logicals.Contains(word) ? SqlTokenKind.Logical
                    : keyword && !FunctionKeywords.Contains(word) ? SqlTokenKind.Keyword
                    : At(input, next, '(') ? SqlTokenKind.Function
                    : keyword ? SqlTokenKind.Keyword
                    : SqlTokenKind.Word;
                tokens.Add(new SqlToken(kind, word));
                continue;
            }
            if (c == '@')
            {
                var start = i;
                i++;
                if (At(input, i, '@'))
                {
                    i++;
                }
                while (i < input.Length && IsWordPart(input[i]))
                {
                    i++;
                }
                tokens.Add(new SqlToken(SqlTokenKind.Variable, i > start + 1 && input[start + 1] == '@' ? "@@" : "@"));
                continue;
            }
            i = ReadOperator(input, i, tokens);
        }
        return tokens;
    }

    /// <summary>A truncating comment's text: "" when at most three visible characters follow the marker, as in
    /// "admin'--", "'-- -" or "'#", and "text" when it comments out prose or markup ("--force", href="#">top).</summary>
    private static string CommentText(string input, int from)
    {
        var visible = 0;
        for (var i = from; i < input.Length && visible <= 3; i++)
        {
            if (input[i] > ' ')
            {
                visible++;
            }
        }
        return visible <= 3 ? "" : "text";
    }

    // Unknown words keep only what the detector looks at: the xp_/sp_ prefix of SQL Server procedures.
    private static string WordText(ReadOnlySpan<char> word) =>
        word.StartsWith("xp_", StringComparison.OrdinalIgnoreCase) ? "XP_"
        : word.StartsWith("sp_", StringComparison.OrdinalIgnoreCase) ? "SP_"
        : "";

    private static bool At(string input, int index, char c) => index < input.Length && input[index] == c;

    private static bool IsWordStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$' || c > (char)127 && char.IsLetter(c);

    private static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' || c > (char)127 && char.IsLetter(c);

    // A quote inside a string is escaped by doubling it or by a backslash. The text is "" for an empty literal and
    // "s" otherwise: the detector only asks whether a literal is empty.
    private static (string Text, int End, bool Closed) ReadString(string input, int start, char quote)
    {
        var i = start;
        while (i < input.Length)
        {
            var c = input[i];
            if (c == '\\' && i + 1 < input.Length)
            {
                i += 2;
                continue;
            }
            if (c == quote)
            {
                if (At(input, i + 1, quote))
                {
                    i += 2;
                    continue;
                }
                return (i == start ? "" : "s", i + 1, true);
            }
            i++;
        }
        return (i == start ? "" : "s", i, false);
    }

    private static int ReadNumber(string input, int i, List<SqlToken> tokens)
    {
        var start = i;
        if (input[i] == '0' && i + 1 < input.Length && (input[i + 1] is 'x' or 'X' or 'b' or 'B'))
        {
            i += 2;
            while (i < input.Length && char.IsAsciiHexDigit(input[i]))
            {
                i++;
            }
        }
        else
        {
            while (i < input.Length && (char.IsAsciiDigit(input[i]) || input[i] == '.'))
            {
                i++;
            }
            if (i < input.Length && (input[i] is 'e' or 'E') && i + 1 < input.Length &&
                (char.IsAsciiDigit(input[i + 1]) || input[i + 1] is '+' or '-'))
            {
                i += 2;
                while (i < input.Length && char.IsAsciiDigit(input[i]))
                {
                    i++;
                }
            }
        }
        // "1st", "3rd", "42nd": a number run into letters is a word, as a database would reject it anyway.
        if (i < input.Length && IsWordStart(input[i]))
        {
            while (i < input.Length && IsWordPart(input[i]))
            {
                i++;
            }
            tokens.Add(new SqlToken(SqlTokenKind.Word, ""));
            return i;
        }
        tokens.Add(new SqlToken(SqlTokenKind.Number, ""));
        return i;
    }

    private static int ReadOperator(string input, int i, List<SqlToken> tokens)
    {
        var c = input[i];
        var next = i + 1 < input.Length ? input[i + 1] : '\0';
        var third = i + 2 < input.Length ? input[i + 2] : '\0';
        switch (c)
        {
            case '(':
                tokens.Add(new SqlToken(SqlTokenKind.OpenParen, "("));
                return i + 1;
            case ')':
                tokens.Add(new SqlToken(SqlTokenKind.CloseParen, ")"));
                return i + 1;
            case ',':
                tokens.Add(new SqlToken(SqlTokenKind.Comma, ","));
                return i + 1;
            case ';':
                tokens.Add(new SqlToken(SqlTokenKind.Semicolon, ";"));
                return i + 1;
            case '.':
                tokens.Add(new SqlToken(SqlTokenKind.Dot, "."));
                return i + 1;
            case '|' when next == '|':
            case '&' when next == '&':
                tokens.Add(new SqlToken(SqlTokenKind.Logical, c == '|' ? "OR" : "AND"));
                return i + 2;
            case '<' when next == '=' && third == '>':
                tokens.Add(new SqlToken(SqlTokenKind.Comparison, "=="));
                return i + 3;
            case '<' or '>' or '!' when next == '=' || c == '<' && next == '>':
            case ':' when next == '=':
                tokens.Add(new SqlToken(SqlTokenKind.Comparison, "=="));
                return i + 2;
            case '=' or '<' or '>':
                tokens.Add(new SqlToken(SqlTokenKind.Comparison, "="));
                return i + 1;
            case '+' or '-' or '*' or '/' or '%' or '^' or '|' or '&' or '~' or '!':
                tokens.Add(new SqlToken(SqlTokenKind.Arithmetic, c switch { '-' => "-", '*' => "*", '!' => "!", '~' => "~", _ => "+" }));
                return i + 1;
            default:
                tokens.Add(new SqlToken(SqlTokenKind.Other, ""));
                return i + 1;
        }
    }
}
