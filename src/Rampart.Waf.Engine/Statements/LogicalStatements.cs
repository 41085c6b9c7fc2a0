using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Statements;

internal sealed class AndStatement(Statement[] statements) : Statement
{
    public override bool Matches(EvaluationContext context)
    {
        foreach (var statement in statements)
        {
            if (!statement.Matches(context))
            {
                return false;
            }
        }
        return true;
    }
}

internal sealed class OrStatement(Statement[] statements) : Statement
{
    public override bool Matches(EvaluationContext context)
    {
        foreach (var statement in statements)
        {
            if (statement.Matches(context))
            {
                return true;
            }
        }
        return false;
    }
}

internal sealed class NotStatement(Statement statement) : Statement
{
    public override bool Matches(EvaluationContext context) => !statement.Matches(context);
}
