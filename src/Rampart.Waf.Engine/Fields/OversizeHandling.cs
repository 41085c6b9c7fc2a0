namespace Rampart.Waf.Engine.Fields;

internal enum OversizeHandling
{
    Continue,
    Match,
    NoMatch,
}
