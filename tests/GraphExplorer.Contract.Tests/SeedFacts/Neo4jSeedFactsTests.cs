using GraphExplorer.Contract.Tests.Neo4j;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>The seed facts against Neo4j seeded with <c>cypher/</c>; skipped, with the reason, when no Neo4j is reachable.</summary>
public sealed class Neo4jSeedFactsTests : SeedFactsContract
{
    protected override Task<IGraphStore> OpenStoreAsync() => Neo4jTestServer.OpenStoreAsync();
}
