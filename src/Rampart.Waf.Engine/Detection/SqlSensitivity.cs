namespace Rampart.Waf.Engine.Detection;

/// <summary>SqliMatchStatement's SensitivityLevel: LOW flags only strong evidence; HIGH also flags weaker patterns
/// and so catches more attacks at the price of more false positives.</summary>
internal enum SqlSensitivity
{
    Low,
    High,
}
