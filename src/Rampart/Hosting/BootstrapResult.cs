namespace Rampart.Hosting;

/// <summary>The outcome of <see cref="DefaultAccountBootstrap.EnsureAsync"/>.</summary>
/// <param name="RootSecretAccessKey">The root access key's secret, for the client files.</param>
/// <param name="RootEmail">Set only when the account was just created.</param>
/// <param name="RootPassword">Set only when the account was just created: shown once, never stored.</param>
public sealed record BootstrapResult(DefaultAccount Account, string RootSecretAccessKey, string? RootEmail, string? RootPassword);
