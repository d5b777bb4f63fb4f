using GraphExplorer.Neo4j.Protocol;

namespace GraphExplorer.Neo4j.Seeding;

/// <summary>What one script changed: its statements, the transactions they ran in, and Neo4j's counters summed.</summary>
public sealed record Neo4jSeedFileReport(string File, int Statements, int Transactions, Neo4jCounters Counters)
{
    public override string ToString() => $"{File}: {Statements} statements in {Transactions} transactions; {Counters}";
}
