using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Bulk;

/// <summary>The relationships parsed from one range of the file, with their ends already resolved to entity positions.</summary>
internal sealed class RelationshipBatch
{
    public List<Relationship> Relationships { get; } = [];

    public List<int> From { get; } = [];

    public List<int> To { get; } = [];

    public void Add(Relationship relationship, int from, int to)
    {
        Relationships.Add(relationship);
        From.Add(from);
        To.Add(to);
    }
}
