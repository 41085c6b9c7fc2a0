namespace Rampart.Iam.Passwords;

/// <summary>The response of CreateLoginProfile and GetLoginProfile.</summary>
public sealed record LoginProfileResponse(LoginProfileOutput LoginProfile);
