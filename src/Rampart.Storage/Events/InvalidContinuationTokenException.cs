namespace Rampart.Storage.Events;

/// <summary>The continuation token given to an event query was not one the store issued.</summary>
public sealed class InvalidContinuationTokenException : ArgumentException
{
    public InvalidContinuationTokenException()
        : base("The continuation token is not valid.")
    {
    }
}
