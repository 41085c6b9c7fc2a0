namespace Rampart.Waf.Engine.Detection;

/// <summary>
/// Decides whether a value is SQL injection by reading it as SQL three ways: as a bare value (a number or column
/// pasted into a query) and as the inside of a string literal opened by a single or a double quote. An injection must
/// break out of its context and then form SQL: a boolean expression (<c>' OR '1'='1</c>), a comment that cuts the
/// query (<c>admin'--</c>), a UNION SELECT, a stacked statement, a subquery or a time-delay function. Prose that merely
/// contains quotes or SQL words (O'Brien, "select one or two") does not form such SQL.
/// </summary>
internal static class SqlInjectionDetector
{
    private static readonly HashSet<string> DelayFunctions = new(StringComparer.Ordinal) { "SLEEP", "BENCHMARK", "PG_SLEEP", "DBMS_LOCK.SLEEP", "RANDOMBLOB" };

    private static readonly HashSet<string> ProbeFunctions = new(StringComparer.Ordinal)
    {
        "SLEEP", "BENCHMARK", "PG_SLEEP", "LOAD_FILE", "EXTRACTVALUE", "UPDATEXML", "VERSION", "DATABASE", "USER",
        "CURRENT_USER", "SYSTEM_USER", "SESSION_USER", "SCHEMA", "CHAR", "CHR", "CONCAT", "CONCAT_WS", "GROUP_CONCAT",
        "ASCII", "ORD", "SUBSTRING", "SUBSTR", "MID", "HEX", "UNHEX", "CAST", "CONVERT", "IF", "IIF", "ELT", "NAME_CONST",
        "EXP", "FLOOR", "RAND", "COUNT", "LENGTH", "LEN", "DB_NAME", "HOST_NAME", "XP_CMDSHELL", "UTL_INADDR",
        "DBMS_PIPE", "MAKE_SET", "POLYGON", "GTID_SUBSET", "JSON_KEYS", "RANDOMBLOB", "SQLITE_VERSION", "CASE", "BIN", "COALESCE", "EXISTS",
    };

    private static readonly HashSet<string> StatementStarts = new(StringComparer.Ordinal)
    {
        "SELECT", "INSERT", "UPDATE", "DELETE", "DROP", "CREATE", "ALTER", "EXEC", "EXECUTE", "DECLARE", "SHUTDOWN",
        "WAITFOR", "TRUNCATE", "SET", "REPLACE",
    };

    /// <summary>The function and statement names the detector looks for, which the tokenizer keeps the text of.</summary>
    internal static IEnumerable<string> FunctionNames => DelayFunctions.Concat(ProbeFunctions).Concat(StatementStarts);

    public static bool IsInjection(string value, SqlSensitivity sensitivity)
    {
        if (value.Length == 0)
        {
            return false;
        }
        if (Suspicious(SqlTokenizer.Tokenize(value, '\0'), broken: false, sensitivity))
        {
            return true;
        }
        return value.Contains('\'') && Suspicious(SqlTokenizer.Tokenize(value, '\''), broken: true, sensitivity) ||
               value.Contains('"') && Suspicious(SqlTokenizer.Tokenize(value, '"'), broken: true, sensitivity);
    }

    private static bool Suspicious(List<SqlToken> tokens, bool broken, SqlSensitivity sensitivity)
    {
        var high = sensitivity == SqlSensitivity.High;
        if (broken && (tokens.Count == 0 || tokens[0].Unterminated))
        {
            return false;
        }
        if (UnionSelect(tokens) || StackedStatement(tokens) || DelayCall(tokens) || WaitFor(tokens))
        {
            return true;
        }
        // Where the injected SQL starts: after the closed string, or after a leading value, then any closing parens.
        var start = broken ? 1 : LeadingValueEnd(tokens);
        if (start < 0)
        {
            return high && Statement(tokens, 0, anywhere: true);
        }
        while (start < tokens.Count && tokens[start].Kind == SqlTokenKind.CloseParen)
        {
            start++;
        }
        if (start >= tokens.Count)
        {
            return false;
        }
        var head = tokens[start];
        if (broken && head.Kind == SqlTokenKind.Comment && head.Text.Length == 0 && (start > 1 || tokens[0].Text.Length > 0 || high))
        {
            return true;
        }
        if (head.Kind == SqlTokenKind.Logical && head.Text is "OR" or "AND" or "XOR" or "NOT" or "LIKE" or "RLIKE" or "REGEXP")
        {
            return BooleanTail(tokens, start + 1, broken, high);
        }
        if (head.Kind == SqlTokenKind.Comparison && broken)
        {
            return Operand(tokens, start + 1) is var next and > 0 &&
                   (next >= tokens.Count || tokens[next].Kind is SqlTokenKind.Comment or SqlTokenKind.Logical or SqlTokenKind.Semicolon || high);
        }
        if (head.Kind == SqlTokenKind.OpenParen && broken && Is(tokens, start + 1, SqlTokenKind.Keyword, "SELECT"))
        {
            return true;
        }
        if (head.Kind == SqlTokenKind.Arithmetic && broken && start + 1 < tokens.Count &&
            (tokens[start + 1].Kind is SqlTokenKind.Function or SqlTokenKind.Variable ||
             tokens[start + 1].Kind == SqlTokenKind.OpenParen && Is(tokens, start + 2, SqlTokenKind.Keyword, "SELECT")))
        {
            return true;
        }
        if (head.Kind == SqlTokenKind.Keyword && (broken || !IsWordLike(tokens[0])))
        {
            return ClauseAfterBreak(tokens, start, high);
        }
        return high && Statement(tokens, 0, anywhere: true) || Statement(tokens, start, anywhere: false);
    }

    // A bare-value context starts with a number (or a number in parentheses): "1 OR 1=1", "-1 UNION SELECT", "1) AND (1=1".
    private static int LeadingValueEnd(List<SqlToken> tokens)
    {
        var i = 0;
        if (Is(tokens, i, SqlTokenKind.Arithmetic, "-"))
        {
            i++;
        }
        if (i < tokens.Count && tokens[i].Kind == SqlTokenKind.Number)
        {
            return i + 1;
        }
        if (i < tokens.Count && tokens[i].Kind == SqlTokenKind.Logical && tokens[i].Text is "OR" or "AND")
        {
            return i;
        }
        return -1;
    }

    private static bool IsWordLike(SqlToken token) => token.Kind is SqlTokenKind.Word or SqlTokenKind.Keyword;

    // After OR/AND: a comparison, a function or subquery, a lone value cut off by a comment, or (HIGH) any value.
    private static bool BooleanTail(List<SqlToken> tokens, int i, bool broken, bool high)
    {
        if (i >= tokens.Count)
        {
            return false;
        }
        if (tokens[i].Kind == SqlTokenKind.Logical && tokens[i].Text == "NOT")
        {
            i++;
        }
        while (i < tokens.Count && tokens[i].Kind == SqlTokenKind.OpenParen)
        {
            if (Is(tokens, i + 1, SqlTokenKind.Keyword, "SELECT"))
            {
                return true;
            }
            i++;
        }
        if (i >= tokens.Count)
        {
            return false;
        }
        var first = tokens[i];
        if (first.Kind == SqlTokenKind.Function && (ProbeFunctions.Contains(first.Text) || broken || Is(tokens, i + 2, SqlTokenKind.Keyword, "SELECT")))
        {
            return true;
        }
        if (first.Kind == SqlTokenKind.Variable && (first.Text.StartsWith("@@", StringComparison.Ordinal) || broken))
        {
            return true;
        }
        var afterOperand = Expression(tokens, i);
        if (afterOperand < 0)
        {
            return false;
        }
        if (afterOperand >= tokens.Count)
        {
            return broken && (high || first.Kind is SqlTokenKind.Number or SqlTokenKind.String && !first.Unterminated ||
                              first.Kind == SqlTokenKind.Keyword && first.Text is "TRUE" or "NULL");
        }
        var next = tokens[afterOperand];
        if (next.Kind == SqlTokenKind.Comparison || next.Kind == SqlTokenKind.Logical && next.Text is "LIKE" or "RLIKE" or "REGEXP" or "IS" or "IN" or "BETWEEN" or "SOUNDS")
        {
            var right = afterOperand + 1;
            if (Is(tokens, right, SqlTokenKind.Logical, "NOT"))
            {
                right++;
            }
            return Operand(tokens, right) > 0 || Is(tokens, right, SqlTokenKind.OpenParen, "(") ||
                   right < tokens.Count && tokens[right].Kind is SqlTokenKind.Function or SqlTokenKind.Variable ||
                   Is(tokens, right, SqlTokenKind.Keyword, "NULL") || right >= tokens.Count && broken;
        }
        if (next.Kind == SqlTokenKind.Comment || next.Kind == SqlTokenKind.Semicolon)
        {
            return broken || first.Kind == SqlTokenKind.Number;
        }
        return high && broken && next.Kind is SqlTokenKind.Logical or SqlTokenKind.Keyword;
    }

    // Operands joined by arithmetic operators ("2*3*8"); returns the index after the last or -1.
    private static int Expression(List<SqlToken> tokens, int i)
    {
        var end = Operand(tokens, i);
        while (end > 0 && end < tokens.Count && tokens[end].Kind == SqlTokenKind.Arithmetic && Operand(tokens, end + 1) is var next and > 0)
        {
            end = next;
        }
        return end;
    }

    // One operand (string, number, word, keyword value, variable, function call); returns the index after it or -1.
    private static int Operand(List<SqlToken> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return -1;
        }
        if (Is(tokens, i, SqlTokenKind.Arithmetic, "-") || Is(tokens, i, SqlTokenKind.Arithmetic, "!") || Is(tokens, i, SqlTokenKind.Arithmetic, "~"))
        {
            i++;
            if (i >= tokens.Count)
            {
                return -1;
            }
        }
        var token = tokens[i];
        switch (token.Kind)
        {
            case SqlTokenKind.String or SqlTokenKind.Number or SqlTokenKind.Variable:
            case SqlTokenKind.Keyword when token.Text is "TRUE" or "FALSE" or "NULL" or "USER":
                return i + 1;
            case SqlTokenKind.Word:
                while (Is(tokens, i + 1, SqlTokenKind.Dot, ".") && i + 2 < tokens.Count && tokens[i + 2].Kind == SqlTokenKind.Word)
                {
                    i += 2;
                }
                return i + 1;
            case SqlTokenKind.Function:
                return SkipParens(tokens, i + 1);
            default:
                return -1;
        }
    }

    private static int SkipParens(List<SqlToken> tokens, int i)
    {
        if (!Is(tokens, i, SqlTokenKind.OpenParen, "("))
        {
            return i;
        }
        var depth = 0;
        for (; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == SqlTokenKind.OpenParen)
            {
                depth++;
            }
            else if (tokens[i].Kind == SqlTokenKind.CloseParen && --depth == 0)
            {
                return i + 1;
            }
        }
        return tokens.Count;
    }

    private static bool UnionSelect(List<SqlToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Is(tokens, i, SqlTokenKind.Keyword, "UNION"))
            {
                continue;
            }
            var j = i + 1;
            if (Is(tokens, j, SqlTokenKind.Keyword, "ALL") || Is(tokens, j, SqlTokenKind.Keyword, "DISTINCT"))
            {
                j++;
            }
            while (Is(tokens, j, SqlTokenKind.OpenParen, "("))
            {
                j++;
            }
            if (Is(tokens, j, SqlTokenKind.Keyword, "SELECT") || Is(tokens, j, SqlTokenKind.Function, "SELECT"))
            {
                return true;
            }
        }
        return false;
    }

    // "; DROP TABLE users", "; EXEC xp_cmdshell", "; SHUTDOWN --".
    private static bool StackedStatement(List<SqlToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != SqlTokenKind.Semicolon)
            {
                continue;
            }
            var next = tokens[i + 1];
            if (next.Kind is SqlTokenKind.Keyword or SqlTokenKind.Function && StatementStarts.Contains(next.Text) && Statement(tokens, i + 1, anywhere: false, stacked: true))
            {
                return true;
            }
        }
        return false;
    }

    // A statement of SQL shape at index i: "SELECT a FROM t", "DROP TABLE t", "EXEC xp_cmdshell ...", "SHUTDOWN".
    // SET, a word common in prose, counts only stacked after a semicolon and followed by an assignment; statements that
    // read like prose even there ("; call me (555)", "; use caution", "; show more") are not looked for.
    private static bool Statement(List<SqlToken> tokens, int i, bool anywhere, bool stacked = false)
    {
        var last = anywhere ? tokens.Count - 1 : Math.Min(i, tokens.Count - 1);
        for (var k = i; k <= last && k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind is not (SqlTokenKind.Keyword or SqlTokenKind.Function))
            {
                continue;
            }
            var after = k + 1;
            var ok = token.Text switch
            {
                "SELECT" => SelectShape(tokens, after),
                "DROP" or "TRUNCATE" or "ALTER" or "CREATE" => after < tokens.Count && tokens[after].Text is "TABLE" or "DATABASE" or "USER" or "PROCEDURE" &&
                    (TableEnd(tokens, after + 1) || Is(tokens, after + 2, SqlTokenKind.OpenParen, "(")),
                "INSERT" or "REPLACE" => Is(tokens, after, SqlTokenKind.Keyword, "INTO"),
                "DELETE" => Is(tokens, after, SqlTokenKind.Keyword, "FROM") && TableEnd(tokens, after + 1),
                "UPDATE" => after + 2 < tokens.Count && tokens[after].Kind == SqlTokenKind.Word && Is(tokens, after + 1, SqlTokenKind.Keyword, "SET"),
                "EXEC" or "EXECUTE" => after < tokens.Count && (tokens[after].Text.StartsWith("XP_", StringComparison.Ordinal) ||
                    tokens[after].Text.StartsWith("SP_", StringComparison.Ordinal) || tokens[after].Kind is SqlTokenKind.OpenParen or SqlTokenKind.Variable or SqlTokenKind.Function ||
                    tokens[after].Kind == SqlTokenKind.Word && Is(tokens, after + 1, SqlTokenKind.Dot, ".")),
                "DECLARE" => Is(tokens, after, SqlTokenKind.Variable, null),
                "SHUTDOWN" => after >= tokens.Count || tokens[after].Kind is SqlTokenKind.Comment or SqlTokenKind.Semicolon || Is(tokens, after, SqlTokenKind.Keyword, "WITH"),
                "WAITFOR" => Is(tokens, after, SqlTokenKind.Keyword, "DELAY") || Is(tokens, after, SqlTokenKind.Keyword, "TIME"),
                "SET" => stacked && (Is(tokens, after, SqlTokenKind.Variable, null) ||
                    after < tokens.Count && tokens[after].Kind is SqlTokenKind.Word or SqlTokenKind.Keyword && Is(tokens, after + 1, SqlTokenKind.Comparison, null)),
                _ => false,
            };
            if (ok)
            {
                return true;
            }
        }
        return false;
    }

    // SELECT followed by a column list (or * / @@var / function) and either nothing else, FROM table, or the end.
    private static bool SelectShape(List<SqlToken> tokens, int i)
    {
        if (Is(tokens, i, SqlTokenKind.Keyword, "DISTINCT") || Is(tokens, i, SqlTokenKind.Keyword, "ALL") || Is(tokens, i, SqlTokenKind.Keyword, "TOP"))
        {
            i++;
            if (Is(tokens, i, SqlTokenKind.Number, null))
            {
                i++;
            }
        }
        var columns = 0;
        var strong = false;
        while (i < tokens.Count)
        {
            if (Is(tokens, i, SqlTokenKind.Arithmetic, "*"))
            {
                i++;
                strong = true;
            }
            else if (tokens[i].Kind is SqlTokenKind.Variable or SqlTokenKind.Function)
            {
                strong |= tokens[i].Kind == SqlTokenKind.Variable || ProbeFunctions.Contains(tokens[i].Text);
                i = Operand(tokens, i);
            }
            else if (!tokens[i].Unterminated && Operand(tokens, i) is var next and > 0)
            {
                strong |= tokens[i].Kind is SqlTokenKind.Number or SqlTokenKind.String;
                i = next;
            }
            else
            {
                break;
            }
            columns++;
            if (Is(tokens, i, SqlTokenKind.Keyword, "AS") && i + 1 < tokens.Count && tokens[i + 1].Kind == SqlTokenKind.Word)
            {
                i += 2;
            }
            if (!Is(tokens, i, SqlTokenKind.Comma, ","))
            {
                break;
            }
            strong = true;
            i++;
        }
        if (columns == 0)
        {
            return false;
        }
        if (Is(tokens, i, SqlTokenKind.Keyword, "FROM"))
        {
            return TableEnd(tokens, i + 1);
        }
        return strong && (i >= tokens.Count || tokens[i].Kind is SqlTokenKind.Comment or SqlTokenKind.Semicolon or SqlTokenKind.CloseParen);
    }

    // A table name (possibly schema-qualified) ending the statement or followed by a clause.
    private static bool TableEnd(List<SqlToken> tokens, int i)
    {
        if (i >= tokens.Count || tokens[i].Kind is not (SqlTokenKind.Word or SqlTokenKind.Keyword))
        {
            return Is(tokens, i, SqlTokenKind.OpenParen, "(");
        }
        i++;
        while (Is(tokens, i, SqlTokenKind.Dot, ".") && i + 1 < tokens.Count)
        {
            i += 2;
        }
        if (i >= tokens.Count)
        {
            return true;
        }
        var next = tokens[i];
        return next.Kind is SqlTokenKind.Comment or SqlTokenKind.Semicolon or SqlTokenKind.CloseParen or SqlTokenKind.Comma ||
               next.Kind is SqlTokenKind.Keyword && next.Text is "WHERE" or "LIMIT" or "ORDER" or "GROUP" or "UNION" or "JOIN" or "HAVING" or "INTO" or "OFFSET";
    }

    private static bool DelayCall(List<SqlToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind == SqlTokenKind.Function && DelayFunctions.Contains(tokens[i].Text) &&
                tokens[i + 1].Kind == SqlTokenKind.OpenParen && tokens[i + 2].Kind is SqlTokenKind.Number or SqlTokenKind.OpenParen or SqlTokenKind.Keyword or SqlTokenKind.Function)
            {
                return true;
            }
        }
        return false;
    }

    private static bool WaitFor(List<SqlToken> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (Is(tokens, i, SqlTokenKind.Keyword, "WAITFOR") && tokens[i + 1].Text is "DELAY" or "TIME" && tokens[i + 2].Kind == SqlTokenKind.String)
            {
                return true;
            }
        }
        return false;
    }

    // After a break: "' ORDER BY 3--", "' GROUP BY x HAVING 1=1", "' LIMIT 1", "' INTO OUTFILE", "' PROCEDURE ANALYSE".
    private static bool ClauseAfterBreak(List<SqlToken> tokens, int i, bool high)
    {
        var head = tokens[i];
        return head.Text switch
        {
            "ORDER" or "GROUP" => Is(tokens, i + 1, SqlTokenKind.Keyword, "BY") && Operand(tokens, i + 2) > 0,
            "HAVING" => Operand(tokens, i + 1) is var h and > 0 && Is(tokens, h, SqlTokenKind.Comparison, null),
            "LIMIT" => Is(tokens, i + 1, SqlTokenKind.Number, null),
            "INTO" => Is(tokens, i + 1, SqlTokenKind.Keyword, "OUTFILE") || Is(tokens, i + 1, SqlTokenKind.Keyword, "DUMPFILE"),
            "PROCEDURE" => true,
            _ => Statement(tokens, i, anywhere: false) || high && Statement(tokens, i, anywhere: true),
        };
    }

    private static bool Is(List<SqlToken> tokens, int i, SqlTokenKind kind, string? text) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == kind && (text is null || tokens[i].Text == text);
}
