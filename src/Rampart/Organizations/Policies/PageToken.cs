using System.Text;
using Rampart.Organizations.Common;

namespace Rampart.Organizations.Policies;

/// <summary>A NextToken of the policy listings: which part of a listing to continue ("kind") and the store key or
/// position to continue after, opaque to callers.</summary>
public static class PageToken
{
    public static string Write(string kind, string after) => Convert.ToBase64String(Encoding.UTF8.GetBytes(kind + "/" + after));

    /// <summary>The part and position a token continues from; InvalidInputException for a token this listing did not issue.</summary>
    public static (string Kind, string After)? Read(string? token, params string[] kinds)
    {
        if (token is null)
        {
            return null;
        }
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw OrgErrors.InvalidNextToken();
        }
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && kinds.Contains(text[..slash]) ? (text[..slash], text[(slash + 1)..]) : throw OrgErrors.InvalidNextToken();
    }
}
