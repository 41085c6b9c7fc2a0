namespace Rampart.Policy;

/// <summary>Where an element sits in the original document text; lines and columns count from 1.</summary>
public readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn);
