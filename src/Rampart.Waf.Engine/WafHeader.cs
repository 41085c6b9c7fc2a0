namespace Rampart.Waf.Engine;

/// <summary>One HTTP header or cookie as received (name case kept, repeats allowed), or one header to insert.</summary>
public readonly record struct WafHeader(string Name, string Value);
