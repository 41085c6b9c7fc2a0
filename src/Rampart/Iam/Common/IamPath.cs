namespace Rampart.Iam.Common;

/// <summary>IAM paths ("/" or "/division/team/"): the model's pattern already guarantees the slashes.</summary>
public static class IamPath
{
    public const string Root = "/";

    public static string OrRoot(string? path) => string.IsNullOrEmpty(path) ? Root : path;

    /// <summary>Key of an entity in a by-path listing. The space cannot occur in a path or a name and sorts before
    /// every path character, so a PathPrefix range never reaches into a name ("/a/B" must not match "/a/" + "BOB").</summary>
    public static string ListingKey(string path, string name) => path + " " + IamName.Key(name);
}
