using System.Text;

namespace Rampart.Hosting;

/// <summary>The AWS shared credentials and config files that point the aws CLI and SDKs at this server:
/// DATA/credentials and DATA/config, owner-only (0600) because the first holds a secret key.</summary>
public sealed record ClientFiles(string CredentialsPath, string ConfigPath)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static ClientFiles In(string dataDirectory) =>
        new(Path.Combine(dataDirectory, "credentials"), Path.Combine(dataDirectory, "config"));

    /// <summary>Writes both files, touching each only when its content would change, so restarts leave them as they are.</summary>
    public void Write(string accessKeyId, string secretAccessKey, string region, Uri endpoint)
    {
        WriteIfChanged(CredentialsPath,
            $"[default]\naws_access_key_id = {accessKeyId}\naws_secret_access_key = {secretAccessKey}\n");
        WriteIfChanged(ConfigPath,
            $"[default]\nregion = {region}\nendpoint_url = {endpoint.GetLeftPart(UriPartial.Authority)}\n");
    }

    /// <summary>The two shell lines that make the aws CLI and SDKs use these files.</summary>
    public IEnumerable<string> ExportLines() =>
    [
        $"export AWS_SHARED_CREDENTIALS_FILE={ShellQuote(CredentialsPath)}",
        $"export AWS_CONFIG_FILE={ShellQuote(ConfigPath)}",
    ];

    private static void WriteIfChanged(string path, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            RestrictToOwner(path);
            return;
        }
        // Written beside the target and renamed over it, so a reader never sees half a file and the secret
        // never sits in a file readable by others, not even for a moment.
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }
        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        RestrictToOwner(temporary);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Unix permissions; on Windows files inherit the user profile's owner-only ACLs instead.</summary>
    private static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }

    private static string ShellQuote(string path) =>
        path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' or ',' or ':' or '@')
            ? path
            : $"'{path.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
