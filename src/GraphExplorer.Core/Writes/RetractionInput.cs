namespace GraphExplorer.Core.Writes;

/// <summary>
/// Stops a relationship holding from the moment it is written: it stays in the graph and in its history, seen by
/// answers as of a date before the retraction, with who retracted it, when, why and on what <see cref="Source"/>.
/// </summary>
public sealed record RetractionInput(string Id, string Reason, string Source) : GraphWrite
{
    public override string Operation => "retractRelationship";
}
