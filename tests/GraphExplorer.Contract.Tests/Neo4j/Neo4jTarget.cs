namespace GraphExplorer.Contract.Tests.Neo4j;

/// <summary>A seeded Neo4j to test against, or why there is none.</summary>
public sealed record Neo4jTarget(string? Uri, IServiceProvider Services, string? SkipReason, string? User = null, string? Password = null)
{
    public static Neo4jTarget Skipped(string reason) => new(null, EmptyServices.Instance, reason);

    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
