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

    /// <summary>The attribute names an event holds at most once; appending an event that repeats one is refused.</summary>
    public static class SingleValued
    {
        public const string EventName = "EventName";
        public const string EventSource = "EventSource";
        public const string Username = "Username";
        public const string AccessKeyId = "AccessKeyId";
        public const string ReadOnly = "ReadOnly";

        public static IReadOnlyList<string> All { get; } = [EventName, EventSource, Username, AccessKeyId, ReadOnly];

        /// <summary>The name's position in <see cref="All"/>, or -1 when the name may repeat.</summary>
        public static int IndexOf(string name) => name switch
        {
            EventName => 0,
            EventSource => 1,
            Username => 2,
            AccessKeyId => 3,
            ReadOnly => 4,
            _ => -1,
        };
    }
}
