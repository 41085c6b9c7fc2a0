using Rampart.Kms.Enforcement;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

/// <summary>Stops a key from being used until it is enabled again.</summary>
public sealed class DisableKey(IStore store, KeyArnResolver arns, KeyCache keys) : KeyEnablementChange(store, arns, keys, KeyState.Disabled)
{
    public override string Name => "DisableKey";
}
