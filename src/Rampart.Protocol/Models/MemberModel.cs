namespace Rampart.Protocol.Models;

/// <summary>A member of a structure, list or map with the serialization traits set on the reference.</summary>
public sealed class MemberModel
{
    internal MemberModel(string name, Shape shape)
    {
        Name = name;
        Shape = shape;
        ValidationName = name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The model's member name: the property name typed records use.</summary>
    public string Name { get; }
    public Shape Shape { get; }
    public MemberLocation Location { get; internal set; } = MemberLocation.Body;
    /// <summary>The serialized name: JSON key, XML element, header, query parameter or URI label.</summary>
    public string? LocationName { get; internal set; }
    public string? QueryName { get; internal set; }
    public bool Flattened { get; internal set; }
    public string? TimestampFormat { get; internal set; }
    /// <summary>A string that carries JSON (base64-encoded in headers).</summary>
    public bool JsonValue { get; internal set; }
    public bool IsRequired { get; internal set; }
    public bool IdempotencyToken { get; internal set; }

    /// <summary>The name AWS's validation messages use for this member: the member name in lowerCamel case.</summary>
    public string ValidationName { get; }

    public bool Sensitive => SensitiveOnReference || Shape.Sensitive;
    internal bool SensitiveOnReference { get; set; }

    /// <summary>The name on the wire in bodies: locationName when the model sets one.</summary>
    public string WireName => LocationName ?? Name;

    /// <summary>Timestamp format set on the member, else on the shape.</summary>
    public string? EffectiveTimestampFormat => TimestampFormat ?? Shape.TimestampFormat;

    public bool IsFlattened => Flattened || Shape.Flattened;

    public override string ToString() => $"{Name}: {Shape}";
}
