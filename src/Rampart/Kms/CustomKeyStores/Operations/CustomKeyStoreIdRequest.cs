namespace Rampart.Kms.CustomKeyStores.Operations;

/// <summary>The request of operations that take only a CustomKeyStoreId.</summary>
public sealed record CustomKeyStoreIdRequest(string CustomKeyStoreId);
