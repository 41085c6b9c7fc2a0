namespace Rampart.Policy;

public enum Decision
{
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
}
