namespace Rampart.Shield.Api.Common;

public sealed record EmptyResponse;

public sealed record EmptyRequest;
