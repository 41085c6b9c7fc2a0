using System.Security.Cryptography;
using Rampart.Storage.Secrets;
using Rampart.TestSupport;

namespace Rampart.Storage.Tests.Secrets;

/// <summary>Key files and the environment variable. One class, so the tests that set the variable never run beside each other.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class MasterKeySourceTests : IDisposable
{
    private readonly TempDirectory directory = new("masterkey");

    [Fact]
    public void The_key_file_is_created_on_first_use_with_32_random_bytes_readable_by_the_owner_only()
    {
        var source = new FileMasterKeySource(directory.File("master.key"));

        var key = source.LoadKey();

        Assert.Equal(MasterKey.SizeInBytes, key.Length);
        Assert.Equal(key, File.ReadAllBytes(directory.File("master.key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(directory.File("master.key")));
        Assert.Empty(Directory.GetFiles(directory.Path, "*.tmp"));
    }

    [Fact]
    public void Later_loads_return_the_same_key()
    {
        var first = new FileMasterKeySource(directory.File("master.key")).LoadKey();

        var second = new FileMasterKeySource(directory.File("master.key")).LoadKey();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Concurrent_first_starts_agree_on_one_key()
    {
        for (var round = 0; round < 20; round++)
        {
            var path = directory.File($"round-{round}/master.key");
            using var start = new Barrier(8);
            var keys = new byte[8][];
            var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                keys[i] = new FileMasterKeySource(path).LoadKey();
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());

            Assert.All(keys, key => Assert.Equal(File.ReadAllBytes(path), key));
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
        }
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherWrite)]
    public void A_key_file_that_others_can_access_is_refused(UnixFileMode mode)
    {
        var path = directory.File("master.key");
        new FileMasterKeySource(path).LoadKey();
        File.SetUnixFileMode(path, mode);

        var refused = Assert.Throws<MasterKeyException>(() => new FileMasterKeySource(path).LoadKey());

        Assert.Contains("chmod 600", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_of_the_wrong_length_is_refused()
    {
        var path = directory.File("master.key");
        File.WriteAllBytes(path, new byte[31]);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Throws<MasterKeyException>(() => new FileMasterKeySource(path).LoadKey());
    }

    [Fact]
    public void The_environment_variable_takes_precedence_and_must_hold_32_bytes()
    {
        var key = RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes);
        try
        {
            Environment.SetEnvironmentVariable(EnvironmentMasterKeySource.VariableName, Convert.ToBase64String(key));
            var source = MasterKey.DefaultSource(directory.Path);
            Assert.IsType<EnvironmentMasterKeySource>(source);
            Assert.Equal(key, source.LoadKey());
            Assert.False(File.Exists(directory.File(MasterKey.FileName)));

            Environment.SetEnvironmentVariable(EnvironmentMasterKeySource.VariableName, Convert.ToBase64String(new byte[16]));
            Assert.Throws<MasterKeyException>(() => new EnvironmentMasterKeySource().LoadKey());

            Environment.SetEnvironmentVariable(EnvironmentMasterKeySource.VariableName, "not base64!");
            Assert.Throws<MasterKeyException>(() => new EnvironmentMasterKeySource().LoadKey());
        }
        finally
        {
            Environment.SetEnvironmentVariable(EnvironmentMasterKeySource.VariableName, null);
        }

        var fallback = MasterKey.DefaultSource(directory.Path);
        Assert.IsType<FileMasterKeySource>(fallback);
        Assert.Equal(MasterKey.SizeInBytes, fallback.LoadKey().Length);
        Assert.True(File.Exists(directory.File(MasterKey.FileName)));
    }

    public void Dispose() => directory.Dispose();
}
