namespace Rampart.Sts;

/// <summary>STS's session lengths, in seconds.</summary>
public static class StsDurations
{
    public const int Minimum = 900;
    public const int OneHour = 3600;

    /// <summary>GetSessionToken and GetFederationToken: 12 hours by default, at most 36.</summary>
    public const int TokenDefault = 43200;
    public const int TokenMaximum = 129600;
}
