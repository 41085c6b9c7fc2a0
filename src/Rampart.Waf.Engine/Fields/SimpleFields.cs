using Rampart.Waf.Engine.Evaluation;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Fields;

internal sealed class UriPathField : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test) =>
        test.Test(context, TextTransformations.ToByteString(context.Request.UriPath));
}

internal sealed class QueryStringField : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test) =>
        test.Test(context, TextTransformations.ToByteString(context.Request.QueryString));
}

internal sealed class MethodField : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test) => test.Test(context, context.Request.Method);
}

/// <summary>A value the request may lack (URI fragment, JA3 or JA4 fingerprint): when absent the fallback decides.</summary>
internal sealed class OptionalValueField(Func<WafRequest, string?> read, bool matchWhenMissing) : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test) =>
        read(context.Request) is { } value ? test.Test(context, TextTransformations.ToByteString(value)) : matchWhenMissing;
}

internal sealed class SingleHeaderField(string name) : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test)
    {
        foreach (var header in context.Headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase) && test.Test(context, header.Value))
            {
                return true;
            }
        }
        return false;
    }
}

internal sealed class SingleQueryArgumentField(string name) : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test)
    {
        foreach (var argument in context.QueryArguments)
        {
            if (string.Equals(argument.Key, name, StringComparison.OrdinalIgnoreCase) && test.Test(context, argument.Value))
            {
                return true;
            }
        }
        return false;
    }
}

internal sealed class AllQueryArgumentsField : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test)
    {
        foreach (var argument in context.QueryArguments)
        {
            if (test.Test(context, argument.Value))
            {
                return true;
            }
        }
        return false;
    }
}

internal sealed class BodyField(OversizeHandling oversize) : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test)
    {
        if (context.BodyOversize && Oversize(oversize, out var verdict))
        {
            return verdict;
        }
        return test.Test(context, context.BodyText);
    }
}

/// <summary>The header names in the order received, lowercased and joined by colons.</summary>
internal sealed class HeaderOrderField(OversizeHandling oversize) : RequestField
{
    public override bool Inspect(EvaluationContext context, IValueTest test)
    {
        if (context.HeadersOversize && Oversize(oversize, out var verdict))
        {
            return verdict;
        }
        var names = new string[Math.Min(context.Headers.Count, WafInspectionLimits.HeadersOrCookiesCount)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = context.Headers[i].Name.ToLowerInvariant();
        }
        return test.Test(context, string.Join(':', names));
    }
}
