namespace Rampart.Hosting;

public enum AuthMode
{
    /// <summary>Every request needs a valid signature from a known access key.</summary>
    Enforce,

    /// <summary>Requests signed with an unknown access key act as the default account's root user.</summary>
    Open,
}
