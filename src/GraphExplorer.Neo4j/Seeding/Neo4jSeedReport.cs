using GraphExplorer.Neo4j.Protocol;

namespace GraphExplorer.Neo4j.Seeding;

/// <summary>What seeding changed, file by file in the order applied.</summary>
public sealed record Neo4jSeedReport(IReadOnlyList<Neo4jSeedFileReport> Files)
{
    public Neo4jCounters Total => Files.Aggregate(Neo4jCounters.None, (sum, file) => sum + file.Counters);
}
