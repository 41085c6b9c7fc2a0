using Rampart.Kms.Common;
using Rampart.Protocol;

namespace Rampart.Kms.CustomKeyStores;

/// <summary>This server keeps every key in its own store: no custom key store ever exists, so operations on one
/// answer as AWS does for an ID it does not know.</summary>
public static class CustomKeyStoreErrors
{
    public static AwsException NotFound(string customKeyStoreId) =>
        KmsErrors.CustomKeyStoreNotFound($"Custom key store {customKeyStoreId} does not exist in this account and Region.");
}
