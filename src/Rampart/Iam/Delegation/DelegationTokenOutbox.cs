using System.Text;
using Rampart.Hosting;

namespace Rampart.Iam.Delegation;

/// <summary>Where released trade-in tokens go. AWS publishes the token to the partner's SNS topic (the request's
/// NotificationChannel); Rampart has no SNS, so the token is written to DATA/delegation-tokens/ID.token, readable by
/// the server's user only, which stands in for that channel.</summary>
public sealed class DelegationTokenOutbox(ServerOptions options)
{
    public const string Folder = "delegation-tokens";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public async ValueTask DeliverAsync(string delegationRequestId, string token, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.DataDirectory, Folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, delegationRequestId + ".token");
        // Created owner-only beside the target and renamed over it: the token never sits readable by others, nor half written.
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = OwnerOnly;
        }
        await using (var stream = new FileStream(temporary, fileOptions))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(token), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
