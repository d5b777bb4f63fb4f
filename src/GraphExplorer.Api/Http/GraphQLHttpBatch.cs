namespace GraphExplorer.Api.Http;

/// <summary>What one POST carried: one request, or a batch of them (a JSON array) to be answered with an array.</summary>
internal sealed record GraphQLHttpBatch(IReadOnlyList<GraphQLHttpRequest> Requests, bool IsBatch);
