using Rampart.Protocol.Models;

namespace Rampart.Protocol.Validation;

/// <summary>Builds the validation error of each protocol from constraint violations.</summary>
public static class ValidationFailure
{
    /// <summary>"1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null".</summary>
    public static string Message(IReadOnlyList<ConstraintViolation> violations) =>
        $"{violations.Count} validation error{(violations.Count == 1 ? "" : "s")} detected: {string.Join("; ", violations)}";

    /// <summary>The error code a service answers validation failures with: ValidationError for the Query
    /// protocol, else the validation error the service models (ValidationException, BadRequestException, ...).</summary>
    public static string CodeFor(ServiceModel service)
    {
        if (service.Protocol == ProtocolKind.Query)
        {
            return "ValidationError";
        }
        foreach (var code in (string[])["ValidationException", "InvalidInputException", "BadRequestException", "InvalidRequestException"])
        {
            if (service.ErrorsByCode.ContainsKey(code))
            {
                return code;
            }
        }
        return "ValidationException";
    }

    public static AwsException Exception(ServiceModel service, IReadOnlyList<ConstraintViolation> violations) =>
        new(CodeFor(service), Message(violations), 400);

    public static AwsException Exception(ServiceModel service, ConstraintViolation violation) =>
        Exception(service, [violation]);
}
