namespace Rampart.Organizations.Transfers;

public sealed record TransferIdRequest(string Id);
