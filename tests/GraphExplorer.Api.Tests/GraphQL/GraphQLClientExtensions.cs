using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Api.Tests.GraphQL;

public static class GraphQLClientExtensions
{
    public static async Task<JsonObject> QueryAsync(this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException($"Not JSON: {body}");
    }

    /// <summary>The <c>data</c> of a query that must succeed; fails with the errors otherwise.</summary>
    public static async Task<JsonNode> DataAsync(this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        var result = await api.QueryAsync(query, variables);
        if (result["errors"] is JsonArray errors)
        {
            throw new InvalidOperationException($"The query failed: {errors.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
        }

        return result["data"]!;
    }
}
