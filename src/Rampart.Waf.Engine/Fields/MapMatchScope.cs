namespace Rampart.Waf.Engine.Fields;

internal enum MapMatchScope
{
    All,
    Key,
    Value,
}
