using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>The real API host, on the embedded store with the repository's seed graph.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>;
