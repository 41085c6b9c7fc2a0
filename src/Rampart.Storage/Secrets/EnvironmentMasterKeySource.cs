namespace Rampart.Storage.Secrets;

/// <summary>Reads the master key, base64-encoded, from the RAMPART_MASTER_KEY environment variable.</summary>
public sealed class EnvironmentMasterKeySource : IMasterKeySource
{
    public const string VariableName = "RAMPART_MASTER_KEY";

    public string Description => $"environment variable {VariableName}";

    public byte[] LoadKey()
    {
        var encoded = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrEmpty(encoded))
        {
            throw new MasterKeyException($"The environment variable {VariableName} is not set.");
        }

        var key = new byte[MasterKey.SizeInBytes];
        if (!Convert.TryFromBase64String(encoded.Trim(), key, out var written) || written != MasterKey.SizeInBytes)
        {
            throw new MasterKeyException(
                $"The environment variable {VariableName} must hold exactly {MasterKey.SizeInBytes} bytes in base64 (e.g. the output of `openssl rand -base64 32`).");
        }

        return key;
    }
}
