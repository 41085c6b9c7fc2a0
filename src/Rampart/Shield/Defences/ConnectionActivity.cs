namespace Rampart.Shield.Defences;

/// <summary>What happened on one connection, kept in its Items for the connection guard to judge at its end.</summary>
public sealed class ConnectionActivity
{
    private int requests;

    /// <summary>Requests whose headers arrived complete.</summary>
    public int Requests => Volatile.Read(ref requests);

    public void RequestArrived() => Interlocked.Increment(ref requests);
}
