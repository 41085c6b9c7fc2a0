using Rampart.Waf.Engine.Detection;
using Rampart.Waf.Engine.Fields;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Statements;

internal sealed class SqliMatchStatement(RequestField field, TransformationChain chain, int chainId, SqlSensitivity sensitivity)
    : FieldStatement(field, chain, chainId)
{
    protected override bool TestTransformed(string value) => SqlInjectionDetector.IsInjection(value, sensitivity);
}

internal sealed class XssMatchStatement(RequestField field, TransformationChain chain, int chainId)
    : FieldStatement(field, chain, chainId)
{
    protected override bool TestTransformed(string value) => CrossSiteScriptingDetector.IsAttack(value);
}
