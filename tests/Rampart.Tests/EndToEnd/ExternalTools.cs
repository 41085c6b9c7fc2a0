using System.Diagnostics;

namespace Rampart.Tests.EndToEnd;

/// <summary>Runs the real aws CLI and python3 (botocore, boto3) with a controlled environment: every inherited
/// AWS_* variable removed, so only what a test passes decides where they connect and who they are.</summary>
public static class ExternalTools
{
    private static readonly Lazy<Task> Installed = new(CheckInstalledAsync);

    public static async Task<ToolResult> AwsAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await Installed.Value;
        return await RunAsync("aws", arguments, environment, stdin: null);
    }

    /// <summary>Runs a Python script given as text; it reads its inputs from the environment.</summary>
    public static async Task<ToolResult> PythonAsync(string script, IReadOnlyDictionary<string, string> environment)
    {
        await Installed.Value;
        return await RunAsync("python3", ["-"], environment, script);
    }

    private static async Task CheckInstalledAsync()
    {
        var empty = new Dictionary<string, string>();
        ToolResult aws, python;
        try
        {
            aws = await RunAsync("aws", ["--version"], empty, null);
            python = await RunAsync("python3", ["-c", "import botocore, boto3"], empty, null);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The end-to-end tests need the aws CLI, python3, botocore and boto3 ({e.Message}). " +
                "Install them with: apt-get install -y python3 python3-pip && python3 -m pip install awscli boto3", e);
        }
        if (aws.ExitCode != 0 || python.ExitCode != 0)
        {
            throw new InvalidOperationException(
                "The end-to-end tests need the aws CLI, python3, botocore and boto3. " +
                $"Install them with: python3 -m pip install awscli boto3\naws: {aws}\npython3: {python}");
        }
    }

    private static async Task<ToolResult> RunAsync(string fileName, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment, string? stdin)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within 60 s.");
        }
        return new ToolResult(process.ExitCode, await output, await error);
    }
}
