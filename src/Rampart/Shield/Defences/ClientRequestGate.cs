using System.Net;

namespace Rampart.Shield.Defences;

/// <summary>Caps the requests one client address has in flight through a gateway, so a flood from one client is
/// absorbed at the gateway and the upstream keeps capacity for everyone else.</summary>
public sealed class ClientRequestGate(int perClient = DefenceLimits.InFlightRequestsPerClient)
{
    private readonly Dictionary<IPAddress, int> inFlight = [];
    private readonly Lock gate = new();

    /// <summary>Admits a request, or returns false when its client is at its cap; an admitted request must be
    /// <see cref="Leave"/>d.</summary>
    public bool TryEnter(IPAddress client)
    {
        lock (gate)
        {
            var count = inFlight.GetValueOrDefault(client);
            if (count >= perClient)
            {
                return false;
            }
            inFlight[client] = count + 1;
            return true;
        }
    }

    public void Leave(IPAddress client)
    {
        lock (gate)
        {
            var count = inFlight[client] - 1;
            if (count == 0)
            {
                inFlight.Remove(client);
            }
            else
            {
                inFlight[client] = count;
            }
        }
    }
}
