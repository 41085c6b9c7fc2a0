using Rampart.Protocol;

namespace Rampart.Organizations.Transfers;

public static class TransferErrors
{
    public static AwsException NotFound() => new("ResponsibilityTransferNotFoundException", "We can't find a transfer that you specified.");

    public static AwsException AlreadyInStatus() =>
        new("ResponsibilityTransferAlreadyInStatusException", "The responsibility transfer is already in the status that you specified.", 409);

    public static AwsException InvalidTransition() =>
        new("InvalidResponsibilityTransferTransitionException",
            "The responsibility transfer can't transition to the requested state because it's not in a valid state for this operation.", 409);
}
