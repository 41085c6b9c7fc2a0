using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Fields;

/// <summary>What a matching statement does with one inspected value (before its text transformations).</summary>
internal interface IValueTest
{
    bool Test(EvaluationContext context, string value);
}
