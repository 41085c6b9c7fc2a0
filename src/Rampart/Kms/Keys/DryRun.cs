using Rampart.Protocol;

namespace Rampart.Kms.Keys;

/// <summary>KMS's DryRun: everything is checked, nothing is done.</summary>
public static class DryRun
{
    public static void Stop(bool? dryRun)
    {
        if (dryRun == true)
        {
            throw new AwsException("DryRunOperationException", "The request would have succeeded, but the DryRun option is set.");
        }
    }
}
