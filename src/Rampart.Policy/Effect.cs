namespace Rampart.Policy;

public enum Effect
{
    Allow,
    Deny,
}
