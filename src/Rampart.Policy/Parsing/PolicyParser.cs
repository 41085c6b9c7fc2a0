using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Rampart.Policy.Parsing;

/// <summary>Parses and validates policy documents of every kind. Whatever it is given, it returns a
/// <see cref="PolicyDocument"/> or throws <see cref="MalformedPolicyException"/> worded as the owning service
/// words MalformedPolicyDocument; no other exception escapes.</summary>
public static class PolicyParser
{
    /// <summary>Parses a document under the default size quota of its kind (<see cref="PolicySizeQuota.For"/>).</summary>
    public static PolicyDocument Parse(string json, PolicyKind kind, string name) =>
        Parse(json, kind, name, PolicySizeQuota.For(kind));

    /// <summary>Parses a document under the given size quota (for example an inline policy's remaining budget).</summary>
    public static PolicyDocument Parse(string json, PolicyKind kind, string name, PolicySizeQuota quota)
    {
        try
        {
            return ParseValidated(json, kind, name, quota);
        }
        catch (MalformedPolicyException) when (!KindRules.IsOrganizationsPolicy(kind))
        {
            throw;
        }
        catch (MalformedPolicyException invalid)
        {
            throw new MalformedPolicyException(PolicyMessages.OrganizationsPolicyInvalid, invalid.Reason, invalid.Detail);
        }
    }

    public static bool TryParse(
        string json, PolicyKind kind, string name, [NotNullWhen(true)] out PolicyDocument? document, [NotNullWhen(false)] out string? error) =>
        TryParse(json, kind, name, PolicySizeQuota.For(kind), out document, out error);

    public static bool TryParse(
        string json,
        PolicyKind kind,
        string name,
        PolicySizeQuota quota,
        [NotNullWhen(true)] out PolicyDocument? document,
        [NotNullWhen(false)] out string? error)
    {
        try
        {
            document = Parse(json, kind, name, quota);
            error = null;
            return true;
        }
        catch (MalformedPolicyException invalid)
        {
            document = null;
            error = invalid.Message;
            return false;
        }
    }

    private static PolicyDocument ParseValidated(string json, PolicyKind kind, string name, PolicySizeQuota quota)
    {
        if (json is null)
        {
            throw new MalformedPolicyException(PolicyMessages.SyntaxErrors);
        }

        if (KindRules.RestrictsCharacters(kind) && !HasOnlyAllowedCharacters(json))
        {
            throw new MalformedPolicyException(
                PolicyMessages.InvalidCharacters, MalformedPolicyReason.InvalidCharacters, PolicyMessages.InvalidCharacters);
        }

        if (quota.Measure(json) > quota.Limit)
        {
            var message = PolicyMessages.SizeQuotaExceeded(quota);
            throw new MalformedPolicyException(message, MalformedPolicyReason.SizeQuotaExceeded, message);
        }

        var utf8 = Encoding.UTF8.GetBytes(json);
        var tree = JsonTreeReader.TryRead(utf8) ?? throw new MalformedPolicyException(PolicyMessages.SyntaxErrors);
        var syntax = PolicySyntaxReader.Read(tree);
        PolicyRuleChecker.Check(syntax, kind);
        return PolicyModelBuilder.Build(syntax, kind, name, json, new SourceMap(utf8));
    }

    private static bool HasOnlyAllowedCharacters(string json)
    {
        foreach (var c in json)
        {
            if (c > '\u00FF' || (c < '\u0020' && c is not ('\t' or '\n' or '\r')))
            {
                return false;
            }
        }

        return true;
    }
}
