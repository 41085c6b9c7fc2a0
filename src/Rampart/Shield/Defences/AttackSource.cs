using System.Net;

namespace Rampart.Shield.Defences;

/// <summary>What is known of where one attack signal came from and what it aimed at; any part may be unknown.</summary>
public readonly record struct AttackSource(IPAddress? Address, string? Url = null, string? Referrer = null, string? UserAgent = null);
