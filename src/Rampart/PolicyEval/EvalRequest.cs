using Rampart.Policy;

namespace Rampart.PolicyEval;

/// <summary>One parsed request line: the authorization request and the caller's optional correlation id.</summary>
internal sealed record EvalRequest(string? Id, AuthorizationRequest Authorization);
