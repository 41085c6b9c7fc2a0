namespace Rampart.Shield.Defences;

/// <summary>
/// A kind of attack the gateway's defences detect, and when its signals amount to an attack: at least
/// <see cref="Floor"/> events within <see cref="WindowSeconds"/>, and, where <see cref="BaselineFactor"/> is set, that
/// many times the usual rate too. <see cref="Type"/> is the VectorType Shield reports: REQUEST_FLOOD is AWS's own;
/// AWS lists no vector for slow or piled-up connections, so those carry Rampart's names. <see cref="Layer"/> is the
/// AttackLayer its properties are reported under, <see cref="Mitigation"/> what the gateway does against it.
/// </summary>
public sealed record AttackVector(string Type, string Unit, int Floor, int WindowSeconds, double BaselineFactor, string Layer, string Mitigation)
{
    /// <summary>Far more requests a second than usual, sustained.</summary>
    public static readonly AttackVector RequestFlood = new("REQUEST_FLOOD", "Requests", Floor: 1500, WindowSeconds: 3, BaselineFactor: 10,
        Layer: "APPLICATION", Mitigation: "Requests beyond a client's in-flight cap answered 503; web ACL rate-based rules");

    /// <summary>Connections cut for not completing their request headers in time (Slowloris).</summary>
    public static readonly AttackVector SlowHeaders = new("SLOWLORIS", "Connections", Floor: 20, WindowSeconds: 10, BaselineFactor: 0,
        Layer: "APPLICATION", Mitigation: "Connections closed when request headers take over 10 s");

    /// <summary>Requests cut for sending their body too slowly (R-U-Dead-Yet, slow POST).</summary>
    public static readonly AttackVector SlowBody = new("SLOW_POST", "Requests", Floor: 20, WindowSeconds: 10, BaselineFactor: 0,
        Layer: "APPLICATION", Mitigation: "Requests cut when the body arrives below 240 bytes/s");

    /// <summary>Connections cut for reading their responses too slowly.</summary>
    public static readonly AttackVector SlowRead = new("SLOW_READ", "Connections", Floor: 20, WindowSeconds: 10, BaselineFactor: 0,
        Layer: "APPLICATION", Mitigation: "Connections reset when the client stops reading the response");

    /// <summary>Connections refused because their client already holds its share.</summary>
    public static readonly AttackVector ConnectionFlood = new("CONNECTION_FLOOD", "Connections", Floor: 50, WindowSeconds: 10, BaselineFactor: 0,
        Layer: "NETWORK", Mitigation: "Connections beyond a client's cap of 256 closed on arrival");

    public static IReadOnlyList<AttackVector> All { get; } = [RequestFlood, SlowHeaders, SlowBody, SlowRead, ConnectionFlood];

    /// <summary>Seconds without a hot second after which an attack is over.</summary>
    public const int QuietSeconds = 30;

    /// <summary>Whether one second's count is attack-like, given the usual per-second rate.</summary>
    public bool IsHot(long perSecond, double baseline) =>
        perSecond * WindowSeconds >= Floor && (BaselineFactor == 0 || perSecond >= BaselineFactor * baseline);

    /// <summary>Whether the last window's counts make an attack.</summary>
    public bool Starts(long windowSum, double baseline) =>
        windowSum >= Floor && (BaselineFactor == 0 || windowSum >= BaselineFactor * baseline * WindowSeconds);
}
