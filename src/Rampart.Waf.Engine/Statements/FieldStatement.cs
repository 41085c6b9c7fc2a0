using Rampart.Waf.Engine.Evaluation;
using Rampart.Waf.Engine.Fields;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Statements;

/// <summary>A statement that inspects a request component after text transformations: the component yields values,
/// each is transformed (once per request and chain) and tested.</summary>
internal abstract class FieldStatement(RequestField field, TransformationChain chain, int chainId) : Statement, IValueTest
{
    public override bool Matches(EvaluationContext context) => field.Inspect(context, this);

    public bool Test(EvaluationContext context, string value) => TestTransformed(context.Transform(chainId, value, chain));

    protected abstract bool TestTransformed(string value);
}
