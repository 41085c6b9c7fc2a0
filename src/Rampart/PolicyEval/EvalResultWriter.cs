using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rampart.Policy;

namespace Rampart.PolicyEval;

/// <summary>Writes the output lines of <c>rampart policy eval</c>: a decision with its explanation, or an error.</summary>
internal static class EvalResultWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Decision(int line, string? id, Explanation explanation) => Write(writer =>
    {
        Header(writer, line, id);
        writer.WriteString("decision", explanation.Decision.ToString());
        writer.WriteString("decidedBy", explanation.PolicyType.ToString());
        writer.WriteStartArray("matchedStatements");
        foreach (var statement in explanation.MatchedStatements)
        {
            MatchedStatement(writer, statement);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("missingContextValues");
        foreach (var key in explanation.MissingContextValues)
        {
            writer.WriteStringValue(key);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("allowedByIdentityPolicies", explanation.AllowedByIdentityPolicies);
        OptionalBoolean(writer, "allowedByPermissionsBoundary", explanation.AllowedByPermissionsBoundary);
        OptionalBoolean(writer, "allowedBySessionPolicies", explanation.AllowedBySessionPolicies);
        OptionalBoolean(writer, "allowedByResourcePolicy", explanation.AllowedByResourcePolicy);
        OptionalBoolean(writer, "allowedByOrganizations", explanation.AllowedByOrganizations);
        OptionalBoolean(writer, "allowedByResourceControlPolicies", explanation.AllowedByResourceControlPolicies);
    });

    public static string Error(int line, string? id, string? field, string message) => Write(writer =>
    {
        Header(writer, line, id);
        if (field is not null)
        {
            writer.WriteString("field", field);
        }

        writer.WriteString("error", message);
    });

    private static void Header(Utf8JsonWriter writer, int line, string? id)
    {
        writer.WriteNumber("line", line);
        if (id is not null)
        {
            writer.WriteString("id", id);
        }
    }

    private static void MatchedStatement(Utf8JsonWriter writer, MatchedStatement statement)
    {
        writer.WriteStartObject();
        writer.WriteString("policyType", statement.PolicyType.ToString());
        writer.WriteString("policy", statement.PolicyName);
        if (statement.PolicyType is PolicyType.ServiceControl or PolicyType.ResourceControl)
        {
            writer.WriteNumber("level", statement.Level);
        }

        writer.WriteNumber("statementIndex", statement.StatementIndex);
        if (statement.Sid is not null)
        {
            writer.WriteString("sid", statement.Sid);
        }

        writer.WriteString("effect", statement.Effect.ToString());
        writer.WriteStartObject("span");
        writer.WriteNumber("startLine", statement.Span.StartLine);
        writer.WriteNumber("startColumn", statement.Span.StartColumn);
        writer.WriteNumber("endLine", statement.Span.EndLine);
        writer.WriteNumber("endColumn", statement.Span.EndColumn);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void OptionalBoolean(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } known)
        {
            writer.WriteBoolean(name, known);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
