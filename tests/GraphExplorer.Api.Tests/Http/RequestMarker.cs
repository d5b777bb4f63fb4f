namespace GraphExplorer.Api.Tests.Http;

/// <summary>A scoped service: resolvable only through the request's own services.</summary>
public sealed class RequestMarker
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}
