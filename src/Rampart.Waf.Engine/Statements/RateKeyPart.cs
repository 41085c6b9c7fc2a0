using Rampart.Waf.Engine.Evaluation;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Statements;

/// <summary>One component of a rate-based rule's aggregation key. Null means the request lacks it, and a request
/// lacking any component is neither counted nor rate limited.</summary>
internal abstract class RateKeyPart
{
    public abstract string? Read(EvaluationContext context);
}

internal sealed class ClientIpKey : RateKeyPart
{
    public override string? Read(EvaluationContext context) =>
        (context.Request.ClientIp.IsIPv4MappedToIPv6 ? context.Request.ClientIp.MapToIPv4() : context.Request.ClientIp).ToString();
}

internal sealed class ForwardedIpKey(string headerName) : RateKeyPart
{
    public override string? Read(EvaluationContext context) =>
        context.FirstHeader(headerName) is { } value && ForwardedAddress.ParseFirst(value) is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : null;
}

internal sealed class ConstantKey : RateKeyPart
{
    public override string? Read(EvaluationContext context) => "";
}

internal sealed class MethodKey : RateKeyPart
{
    public override string? Read(EvaluationContext context) => context.Request.Method;
}

internal sealed class TransformedKey(Func<EvaluationContext, string?> read, TransformationChain chain) : RateKeyPart
{
    public override string? Read(EvaluationContext context) => read(context) is { } value ? chain.Apply(value) : null;
}

/// <summary>A fingerprint key: a request without the fingerprint is aggregated under an empty value when the fallback
/// is MATCH, and left out when it is NO_MATCH.</summary>
internal sealed class FingerprintKey(Func<WafRequest, string?> read, bool matchWhenMissing) : RateKeyPart
{
    public override string? Read(EvaluationContext context) => read(context.Request) ?? (matchWhenMissing ? "" : null);
}

internal sealed class AsnKey : RateKeyPart
{
    public override string? Read(EvaluationContext context) =>
        context.Runtime.Geo?.Locate(context.Request.ClientIp)?.Asn?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The labels of a namespace the request carries: each distinct set of them is one aggregation value.</summary>
internal sealed class LabelNamespaceKey(string labelNamespace) : RateKeyPart
{
    public override string? Read(EvaluationContext context)
    {
        List<string>? names = null;
        foreach (var label in context.Labels)
        {
            if (label.StartsWith(labelNamespace, StringComparison.Ordinal) && label.IndexOf(':', labelNamespace.Length) < 0)
            {
                (names ??= []).Add(label);
            }
        }
        if (names is null)
        {
            return null;
        }
        names.Sort(StringComparer.Ordinal);
        return string.Join(' ', names);
    }
}
