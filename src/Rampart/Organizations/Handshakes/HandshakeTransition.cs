using Rampart.Organizations.Common;

namespace Rampart.Organizations.Handshakes;

/// <summary>The one legal move of a handshake: from OPEN to ACCEPTED, DECLINED or CANCELED.</summary>
public static class HandshakeTransition
{
    public static void Check(HandshakeRecord handshake, string target, DateTimeOffset now)
    {
        var state = handshake.StateAt(now);
        if (state == target)
        {
            throw OrgErrors.HandshakeAlreadyInState(state);
        }
        if (state != HandshakeRecord.Open)
        {
            throw OrgErrors.InvalidHandshakeTransition(state);
        }
    }
}
