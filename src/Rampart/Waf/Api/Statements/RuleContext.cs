namespace Rampart.Waf.Api.Statements;

/// <summary>Where rules are being defined: rule groups cannot hold rule group statements, web ACLs can.</summary>
public enum RuleContext
{
    WebAcl,
    RuleGroup,
}
