namespace Rampart.Organizations.Handshakes;

/// <summary>Lists only handshakes of one action, or only those made for one parent handshake; not both.</summary>
public sealed record HandshakeFilter(string? ActionType, string? ParentHandshakeId)
{
    public void Check()
    {
        if (ActionType is not null && ParentHandshakeId is not null)
        {
            throw Common.OrgErrors.InvalidInput("MAX_LIMIT_EXCEEDED_FILTER", "You can specify only one filter parameter for the operation.");
        }
    }

    public bool Matches(HandshakeRecord handshake) =>
        (ActionType is null || handshake.Action == ActionType) && (ParentHandshakeId is null || handshake.ParentHandshakeId == ParentHandshakeId);
}
