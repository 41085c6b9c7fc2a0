namespace Rampart.Shield.Api.Protections;

public sealed record AutomaticResponseRequest(string ResourceArn, ResponseAction? Action)
{
    /// <summary>The action, which must set exactly one of Block and Count.</summary>
    public ResponseAction CheckedAction => Action is { } action && (action.Block is null) != (action.Count is null)
        ? action
        : throw Common.ShieldErrors.InvalidParameter("Exactly one of Block and Count must be specified.", "Action");
}
