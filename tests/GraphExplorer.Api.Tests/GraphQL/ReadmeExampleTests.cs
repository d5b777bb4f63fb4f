using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GraphExplorer.Api.Tests.GraphQL;

/// <summary>Every example in the README, run against the seed graph, must answer exactly what the README shows.</summary>
public partial class ReadmeExampleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "README.md"));
        var examples = new TheoryData<string, string>();
        foreach (Match match in ExamplePattern().Matches(readme))
        {
            var query = match.Groups["graphql"].Success
                ? match.Groups["graphql"].Value
                : JsonNode.Parse(CurlBody().Match(match.Groups["bash"].Value).Groups["body"].Value)!["query"]!.GetValue<string>();
            examples.Add(query, match.Groups["json"].Value);
        }

        return examples;
    }

    [Fact]
    public void The_readme_has_its_examples() => Examples().Count.ShouldBeGreaterThanOrEqualTo(5);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_example_answers_what_the_readme_shows(string query, string expected)
    {
        var actual = await api.QueryAsync(query);

        JsonNode.DeepEquals(actual, JsonNode.Parse(expected)).ShouldBeTrue(
            $"README shows:\n{expected}\nbut the API answers:\n{actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
    }

    [GeneratedRegex(@"```(?:graphql\n(?<graphql>.*?)|bash\n(?<bash>curl[^`]*?))```\s*```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();

    [GeneratedRegex(@"-d '(?<body>[^']*)'")]
    private static partial Regex CurlBody();
}
