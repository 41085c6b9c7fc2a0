namespace Rampart.Shield.Api.Protections;

public sealed record DisableAutomaticResponseRequest(string ResourceArn);
