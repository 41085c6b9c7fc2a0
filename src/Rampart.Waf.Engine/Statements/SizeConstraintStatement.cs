using Rampart.Waf.Engine.Evaluation;
using Rampart.Waf.Engine.Fields;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Statements;

internal enum ComparisonOperator
{
    EQ,
    NE,
    LE,
    LT,
    GE,
    GT,
}

/// <summary>Compares the size in bytes of the transformed component. An untransformed Body is measured at its full
/// length, beyond what is inspected, so body size limits hold for any body.</summary>
internal sealed class SizeConstraintStatement(
    RequestField field,
    TransformationChain chain,
    int chainId,
    ComparisonOperator comparison,
    long size) : FieldStatement(field, chain, chainId)
{
    private readonly bool wholeBody = field is BodyField && chain.Steps.Count == 0;

    public override bool Matches(EvaluationContext context) =>
        wholeBody
            ? Compare(Math.Max(context.Request.BodyLength, context.Request.Body.Length))
            : base.Matches(context);

    protected override bool TestTransformed(string value) => Compare(value.Length);

    private bool Compare(long length) => comparison switch
    {
        ComparisonOperator.EQ => length == size,
        ComparisonOperator.NE => length != size,
        ComparisonOperator.LE => length <= size,
        ComparisonOperator.LT => length < size,
        ComparisonOperator.GE => length >= size,
        _ => length > size,
    };
}
