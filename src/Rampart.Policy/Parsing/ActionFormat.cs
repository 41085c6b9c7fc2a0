namespace Rampart.Policy.Parsing;

/// <summary>IAM's checks on Action and NotAction values: <c>service:Name</c> or <c>*</c>.</summary>
internal static class ActionFormat
{
    /// <summary>The message for the first thing wrong with <paramref name="action"/>, or null when it is valid.</summary>
    public static string? Problem(string action)
    {
        if (action == "*")
        {
            return null;
        }

        var colon = action.IndexOf(':');
        if (colon < 0)
        {
            return PolicyMessages.ActionWithoutVendor;
        }

        if (action.IndexOf(':', colon + 1) >= 0)
        {
            return PolicyMessages.ActionWithManyColons;
        }

        var vendor = action[..colon];
        return vendor == "*" || (vendor.Length > 0 && vendor.All(IsVendorCharacter)) ? null : PolicyMessages.VendorNotValid(vendor);
    }

    private static bool IsVendorCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.';
}
