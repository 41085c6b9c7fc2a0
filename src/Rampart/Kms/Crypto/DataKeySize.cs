using Rampart.Kms.Common;

namespace Rampart.Kms.Crypto;

/// <summary>The length of a data key: KeySpec AES_256 (32 bytes) or AES_128 (16), or NumberOfBytes (1 to 1,024); exactly one.</summary>
public static class DataKeySize
{
    public static int Of(string? keySpec, int? numberOfBytes)
    {
        if ((keySpec is null) == (numberOfBytes is null))
        {
            throw KmsErrors.Validation("Please specify either number of bytes or key spec.");
        }
        return keySpec switch
        {
            null => numberOfBytes!.Value,
            "AES_256" => 32,
            "AES_128" => 16,
            _ => throw KmsErrors.Validation($"KeySpec {keySpec} is not valid."),
        };
    }
}
