using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Validation;

/// <summary>Builds the validation error of each protocol from constraint violations, filling the reason and field
/// list members when the service's error shape declares them (Organizations' Reason, Access Analyzer's fieldList).</summary>
public static class ValidationFailure
{
    /// <summary>"1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null".</summary>
    public static string Message(IReadOnlyList<ConstraintViolation> violations) =>
        $"{violations.Count} validation error{(violations.Count == 1 ? "" : "s")} detected: {string.Join("; ", violations)}";

    public static string CodeFor(ServiceModel service) => service.ValidationErrorCode;

    public static AwsException Exception(ServiceModel service, IReadOnlyList<ConstraintViolation> violations)
    {
        var code = CodeFor(service);
        var shape = service.ErrorsByCode.GetValueOrDefault(code);
        return new AwsException(new ServiceError(code, Message(violations), 400)
        {
            Details = shape is null ? null : Details(shape, violations),
        });
    }

    private static JsonObject? Details(Shape shape, IReadOnlyList<ConstraintViolation> violations)
    {
        var details = new JsonObject();
        foreach (var member in shape.Members)
        {
            if (string.Equals(member.Name, "reason", StringComparison.OrdinalIgnoreCase) && member.Shape.EnumValues is { } reasons
                && ReasonCandidates(violations[0].Kind).FirstOrDefault(reasons.Contains) is { } reason)
            {
                details[member.Name] = reason;
            }
            else if (member.Shape.ListMember?.Shape is { } field
                && field.MembersByName.TryGetValue("name", out var name) && field.MembersByName.TryGetValue("message", out var message))
            {
                details[member.Name] = new JsonArray(violations
                    .Select(v => (JsonNode?)new JsonObject { [name.Name] = v.Path, [message.Name] = v.ToString() })
                    .ToArray());
            }
        }
        return details.Count == 0 ? null : details;
    }

    /// <summary>The reason values services use for a broken constraint, most specific first.</summary>
    private static string[] ReasonCandidates(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Required => ["INPUT_REQUIRED", "fieldValidationFailed", "FIELD_VALIDATION_FAILED"],
        ConstraintKind.MinLength => ["MIN_LENGTH_EXCEEDED", "fieldValidationFailed", "FIELD_VALIDATION_FAILED"],
        ConstraintKind.MaxLength => ["MAX_LENGTH_EXCEEDED", "fieldValidationFailed", "FIELD_VALIDATION_FAILED"],
        ConstraintKind.MinValue => ["MIN_VALUE_EXCEEDED", "fieldValidationFailed", "FIELD_VALIDATION_FAILED"],
        ConstraintKind.MaxValue => ["MAX_VALUE_EXCEEDED", "fieldValidationFailed", "FIELD_VALIDATION_FAILED"],
        ConstraintKind.Pattern => ["INVALID_PATTERN", "fieldValidationFailed", "FIELD_VALIDATION_FAILED"],
        ConstraintKind.Enum => ["INVALID_ENUM", "fieldValidationFailed", "FIELD_VALIDATION_FAILED"],
        _ => ["cannotParse", "CANNOT_PARSE"],
    };
}
