using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Statements;

/// <summary>A compiled, nestable match statement.</summary>
internal abstract class Statement
{
    public abstract bool Matches(EvaluationContext context);
}
