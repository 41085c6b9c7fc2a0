using System.Runtime.Versioning;
using Rampart.Hosting;
using Rampart.TestSupport;

namespace Rampart.Tests.Server;

[UnsupportedOSPlatform("windows")]
public sealed class ClientFilesTests : IDisposable
{
    private readonly TempDirectory directory = new("clientfiles");

    [Fact]
    public void Writes_both_files_owner_only_and_leaves_unchanged_files_alone()
    {
        var files = ClientFiles.In(directory.Path);
        files.Write("AKIAAAAAAAAAAAAAAAAA", "secret/+0123456789012345678901234567890", "eu-west-1", new Uri("http://127.0.0.1:4580/"));
        var written = File.GetLastWriteTimeUtc(files.CredentialsPath);
        File.SetLastWriteTimeUtc(files.CredentialsPath, written.AddHours(-1));

        files.Write("AKIAAAAAAAAAAAAAAAAA", "secret/+0123456789012345678901234567890", "eu-west-1", new Uri("http://127.0.0.1:4580/"));

        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(files.CredentialsPath));
        Assert.Equal("[default]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:4580\n", File.ReadAllText(files.ConfigPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(files.CredentialsPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(files.ConfigPath));
        Assert.Empty(Directory.GetFiles(directory.Path, "*.tmp"));
    }

    [Fact]
    public void Export_lines_quote_paths_a_shell_would_split()
    {
        var files = new ClientFiles("/data dir/credentials", "/data/config");

        Assert.Equal(["export AWS_SHARED_CREDENTIALS_FILE='/data dir/credentials'", "export AWS_CONFIG_FILE=/data/config"], files.ExportLines());
    }

    public void Dispose() => directory.Dispose();
}
