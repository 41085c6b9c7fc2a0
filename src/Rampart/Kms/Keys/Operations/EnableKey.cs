using Rampart.Kms.Enforcement;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

/// <summary>Lets a disabled key be used again.</summary>
public sealed class EnableKey(IStore store, KeyArnResolver arns, KeyCache keys) : KeyEnablementChange(store, arns, keys, KeyState.Enabled)
{
    public override string Name => "EnableKey";
}
