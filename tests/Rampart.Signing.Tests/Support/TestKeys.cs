namespace Rampart.Signing.Tests.Support;

/// <summary>The access keys the tests sign with.</summary>
public static class TestKeys
{
    public const string AccessKeyId = "AKIARAMPARTTEST00001";
    public const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYRAMPARTKEY";

    public const string TemporaryAccessKeyId = "ASIARAMPARTTEMP00001";
    public const string TemporarySecret = "tEmPoRaRy/sEcReT+kEy/0123456789abcdefghij";
    public const string SessionToken = "IQoJb3JpZ2luX2VjEHRhbXBhcnQ//session+token/with=padding==";

    public const string InactiveAccessKeyId = "AKIARAMPARTINACTIVE1";
    public const string InactiveSecret = "iNaCtIvE/sEcReT+kEy/0123456789abcdefghij";

    public static readonly DateTimeOffset SigningTime = new(2024, 3, 5, 10, 20, 30, TimeSpan.Zero);

    public static readonly DateTimeOffset TemporaryExpiration = SigningTime.AddHours(1);

    public static SigningCredential LongTerm { get; } = new(AccessKeyId, Secret, "user/alice");

    public static SigningCredential Temporary { get; } = new(TemporaryAccessKeyId, TemporarySecret, "assumed-role/admin/session")
    {
        SessionToken = SessionToken,
        Expiration = TemporaryExpiration,
    };

    public static SigningCredential Inactive { get; } = new(InactiveAccessKeyId, InactiveSecret, "user/bob") { IsActive = false };

    public static InMemoryCredentials All { get; } = new(LongTerm, Temporary, Inactive);

    public static SigV4Verifier VerifierAt(DateTimeOffset now) => new(All, new FixedClock(now));
}
