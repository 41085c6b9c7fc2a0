namespace Rampart.Policy;

/// <summary>Why a policy document was rejected, for callers that report some causes under their own error code.</summary>
public enum MalformedPolicyReason
{
    /// <summary>The document breaks the policy grammar or a rule of its kind.</summary>
    Invalid,

    /// <summary>The document is larger than the size quota that applies to it. IAM reports this as LimitExceeded
    /// (HTTP 409) with the same message, e.g. "Cannot exceed quota for PolicySize: 6144".</summary>
    SizeQuotaExceeded,

    /// <summary>The document holds a character outside the set the service accepts (tab, LF, CR, U+0020–U+00FF); the
    /// service's request validation reports it as a ValidationError on the parameter's pattern.</summary>
    InvalidCharacters,
}
