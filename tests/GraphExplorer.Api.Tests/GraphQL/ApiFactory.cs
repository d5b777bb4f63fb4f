using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>The real API host, on the embedded store with the repository's seed graph.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public async Task<JsonObject> QueryAsync(string query, object? variables = null)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync(
            "/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException($"Not JSON: {body}");
    }

    /// <summary>The <c>data</c> of a query that must succeed; fails with the errors otherwise.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var result = await QueryAsync(query, variables);
        if (result["errors"] is JsonArray errors)
        {
            throw new InvalidOperationException($"The query failed: {errors.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
        }

        return result["data"]!;
    }
}
