namespace Rampart.Organizations.Handshakes;

public sealed record HandshakeParty(string Id, string Type);

public sealed record HandshakeResource(string Value, string Type, IReadOnlyList<HandshakeResource>? Resources);

/// <summary>The Handshake structure of the API.</summary>
public sealed record HandshakeOutput(
    string Id, string Arn, IReadOnlyList<HandshakeParty> Parties, string State, DateTimeOffset RequestedTimestamp,
    DateTimeOffset ExpirationTimestamp, string Action, IReadOnlyList<HandshakeResource> Resources)
{
    public static HandshakeOutput Of(HandshakeRecord handshake, DateTimeOffset now)
    {
        var organization = new HandshakeResource(handshake.OrganizationId, "ORGANIZATION",
        [
            new(handshake.ManagementAccountEmail, "MASTER_EMAIL", null),
            new(handshake.ManagementAccountName, "MASTER_NAME", null),
            new(handshake.FeatureSet, "ORGANIZATION_FEATURE_SET", null),
        ]);
        var resources = new List<HandshakeResource> { organization };
        if (handshake.TargetType != "ORGANIZATION")
        {
            resources.Add(new HandshakeResource(handshake.TargetId, handshake.TargetType, null));
        }
        if (handshake.Notes is { Length: > 0 } notes)
        {
            resources.Add(new HandshakeResource(notes, "NOTES", null));
        }
        if (handshake.Transfer is { } transfer)
        {
            resources.Add(new HandshakeResource(transfer.TransferId, "RESPONSIBILITY_TRANSFER", null));
            resources.Add(new HandshakeResource(transfer.Type, "TRANSFER_TYPE", null));
            resources.Add(new HandshakeResource(
                transfer.StartTimestamp.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), "TRANSFER_START_TIMESTAMP", null));
        }
        if (handshake.ParentHandshakeId is { } parent)
        {
            resources.Add(new HandshakeResource(parent, "PARENT_HANDSHAKE", null));
        }
        List<HandshakeParty> parties = [new(handshake.OrganizationId, "ORGANIZATION")];
        if (handshake.TargetType != "ORGANIZATION")
        {
            parties.Add(new HandshakeParty(handshake.TargetId, handshake.TargetType));
        }
        return new HandshakeOutput(
            handshake.Id,
            Common.OrgArns.Handshake(handshake.ManagementAccountId, handshake.OrganizationId, handshake.Action, handshake.Id),
            parties,
            handshake.StateAt(now),
            handshake.RequestedTimestamp,
            handshake.ExpirationTimestamp,
            handshake.Action,
            resources);
    }
}
