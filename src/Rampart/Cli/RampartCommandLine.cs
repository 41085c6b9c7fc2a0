using System.CommandLine;

namespace Rampart.Cli;

/// <summary>The `rampart` command line: `serve`, `policy eval` and `master-key move-to-pkcs11`.</summary>
public static class RampartCommandLine
{
    public static RootCommand Create()
    {
        var policy = new Command("policy", "Work with IAM policies.") { PolicyEvalCommandLine.Create() };
        return new RootCommand("Rampart: AWS's security services, self-hosted.") { ServeCommand.Create(), policy, MasterKeyCommandLine.Create() };
    }
}
