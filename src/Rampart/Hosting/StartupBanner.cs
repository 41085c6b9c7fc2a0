using System.Globalization;

namespace Rampart.Hosting;

/// <summary>What `rampart serve` tells its user once it listens: where, with which store, the one-time root
/// password of a new account, and the two lines that point the aws CLI and SDKs at it.</summary>
internal static class StartupBanner
{
    public static void Print(TextWriter output, TextWriter errors, ServerOptions options, string storeKind, Uri endpoint,
        BootstrapResult boot, ClientFiles files, TimeSpan startup)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rampart serving {endpoint.GetLeftPart(UriPartial.Authority)} (store: {storeKind}, data: {options.DataDirectory}, auth: {options.Auth.ToString().ToLowerInvariant()}, started in {startup.TotalMilliseconds:F0} ms)"));
        output.WriteLine($"Default account {boot.Account.AccountId}, root access key {boot.Account.RootAccessKeyId}");
        if (boot.RootPassword is not null)
        {
            output.WriteLine($"Created the default account's root user {boot.RootEmail}; its password is shown only now: {boot.RootPassword}");
        }
        if (options.Auth == AuthMode.Open)
        {
            errors.WriteLine(
                $"WARNING: --auth open: requests signed with an unknown access key act as the root user of account {boot.Account.AccountId}, unverified.");
        }
        output.WriteLine("To use it from the aws CLI and SDKs:");
        foreach (var line in files.ExportLines())
        {
            output.WriteLine(line);
        }
        output.Flush();
    }
}
