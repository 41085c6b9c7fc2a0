namespace Rampart.Policy;

/// <summary>The per-type outcomes gathered while deciding, from which Explain reports its details.</summary>
internal struct DecisionFacts
{
    public SetOutcome Identity;
    public SetOutcome Boundary;
    public SetOutcome Session;
    public SetOutcome Resource;
    public bool EveryScpLevelAllows;
    public bool ScpDenies;
    public bool EveryRcpLevelAllows;
    public bool RcpDenies;
}
