namespace Rampart.Tests.EndToEnd;

/// <summary>Bad command lines end with a clear message and a non-zero exit, before anything is created.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--auth", "maybe", "--auth")]
    [InlineData("--account-id", "12345", "--account-id must be exactly 12 digits")]
    [InlineData("--listen", "ftp://127.0.0.1:1", "--listen must be an http URL")]
    [InlineData("--region", "Mars", "--region must be a region name")]
    [InlineData("--colour", "blue", "--colour")]
    public async Task A_bad_serve_flag_is_refused(string flag, string value, string message)
    {
        var result = await RampartProcess.RunToExitAsync("serve", flag, value, "--data", Path.Combine(Path.GetTempPath(), $"rampart-never-{Guid.NewGuid():N}"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public async Task An_unreachable_store_is_reported_without_a_stack_trace()
    {
        var result = await RampartProcess.RunToExitAsync("serve", "--store", "ftp://nowhere", "--data",
            Path.Combine(Path.GetTempPath(), $"rampart-never-{Guid.NewGuid():N}"));

        Assert.NotEqual(0, result.ExitCode);
        // A fresh data directory once raced the host builder, which needed it as its content root (an unhandled
        // DirectoryNotFoundException); the failure shows everything that was written.
        Assert.True(
            result.Error.Split('\n').Any(line => line.StartsWith("rampart serve: The store must be", StringComparison.Ordinal)),
            $"standard error was: <{result.Error}>, standard output was: <{result.Output}>");
        Assert.DoesNotContain("   at ", result.Error);
    }
}
