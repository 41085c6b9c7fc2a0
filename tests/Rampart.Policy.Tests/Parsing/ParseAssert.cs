using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

internal static class ParseAssert
{
    public static MalformedPolicyException Rejects(string json, PolicyKind kind, string message)
    {
        var error = Assert.Throws<MalformedPolicyException>(() => PolicyParser.Parse(json, kind, "test"));
        Assert.Equal(message, error.Message);
        return error;
    }
}
