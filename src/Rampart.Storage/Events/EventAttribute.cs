namespace Rampart.Storage.Events;

/// <summary>An indexed lookup attribute of a logged event, such as ("EventName", "CreateUser").</summary>
public sealed record EventAttribute
{
    /// <summary>Limits in UTF-8 bytes; a longer value can be indexed under its hash.</summary>
    public const int MaxNameBytes = 64;
    public const int MaxValueBytes = 1024;

    public EventAttribute(string name, string value)
    {
        Name = Items.StoreNames.Check(name, nameof(name), MaxNameBytes, allowEmpty: false);
        Value = Items.StoreNames.Check(value, nameof(value), MaxValueBytes, allowEmpty: true);
    }

    public string Name { get; }

    public string Value { get; }
}
