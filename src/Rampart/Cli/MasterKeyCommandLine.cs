using System.CommandLine;
using Rampart.Hosting;
using Rampart.Storage.Secrets;

namespace Rampart.Cli;

/// <summary>`rampart master-key move-to-pkcs11 [--data DIR]`: wraps the data directory's master key under the PKCS#11
/// token named by RAMPART_MASTER_KEY_PKCS11, so the server can start from the token with all its data readable.</summary>
internal static class MasterKeyCommandLine
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The server's data directory (default .rampart/data under the current directory).",
        };
        var move = new Command("move-to-pkcs11",
            $"Wrap the master key of the key file (or {EnvironmentMasterKeySource.VariableName}) under the PKCS#11 token named by {Pkcs11MasterKeySource.VariableName}.")
        {
            data,
        };
        move.SetAction(parse =>
        {
            var directory = Path.GetFullPath(parse.GetValue(data) ?? ServerOptions.DefaultDataDirectory);
            if (Environment.GetEnvironmentVariable(Pkcs11MasterKeySource.VariableName) is not { Length: > 0 } uri)
            {
                Console.Error.WriteLine($"rampart master-key move-to-pkcs11: set {Pkcs11MasterKeySource.VariableName} to the token's PKCS#11 URI first.");
                return 2;
            }
            try
            {
                var from = MasterKeyMove.ToPkcs11(directory, uri);
                Console.WriteLine($"The master key ({from}) is now wrapped under the PKCS#11 token, in {Path.Combine(directory, Pkcs11MasterKeySource.WrappedKeyFileName)}.");
                Console.WriteLine($"Start Rampart with {Pkcs11MasterKeySource.VariableName} set; once it serves, keep a backup of the old key somewhere safe and remove " +
                    $"{Path.Combine(directory, MasterKey.FileName)} (or unset {EnvironmentMasterKeySource.VariableName}).");
                return 0;
            }
            catch (MasterKeyException e)
            {
                Console.Error.WriteLine($"rampart master-key move-to-pkcs11: {e.Message}");
                return 1;
            }
        });
        return new Command("master-key", "Manage the master key that protects secrets at rest.") { move };
    }
}
