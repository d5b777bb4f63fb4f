namespace GraphExplorer.Api.Tests.Hostile;

/// <summary>The raw bytes of a POST to /graphql, with the headers that make it hostile.</summary>
public sealed record HostileRequest(byte[] Body, string? ContentType, string? Accept);
