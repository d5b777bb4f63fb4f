using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphExplorer.Api.Tests.GraphQL;
using GraphExplorer.Api.Tests.Hosting;

namespace GraphExplorer.Api.Tests.Writes;

/// <summary>The README's write example, sent as it stands with the README's key and a journal folder, answers what the README shows.</summary>
public sealed partial class ReadmeWriteExampleTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "graphexplorer-readme-writes-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_write_example_and_its_refusal_answer_what_the_readme_shows()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "README.md"), TestContext.Current.CancellationToken);
        var section = readme[readme.IndexOf("## Adding what a second article says", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var key = KeyPattern().Match(section).Groups["key"].Value;
        var body = CurlPattern().Match(section).Groups["body"].Value;
        var answers = JsonPattern().Matches(section).Select(m => JsonNode.Parse(m.Groups["json"].Value)!).ToList();
        await using var api = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["GraphExplorer:DataDirectory"] = _data,
            ["GraphExplorer:Security:ApiKeys:0"] = key,
        });

        var written = await api.PostAsync(body, configure: r => r.Headers.Add("X-Api-Key", key));
        var refused = await api.PostJsonAsync(
            new { query = """mutation { addRelationship(input: {type: MANUFACTURES, from: "nvidia-h20", to: "bytedance", source: "doc-example-2026-12-01-chips", evidence: "x"}) { id } }""" },
            r => r.Headers.Add("X-Api-Key", key));

        JsonNode.DeepEquals(JsonNode.Parse(written.Text), answers[0]).ShouldBeTrue(written.Text);
        var error = JsonNode.Parse(refused.Text)!["errors"]![0]!;
        var shown = answers[1]["errors"]![0]!;
        error["message"]!.GetValue<string>().ShouldBe(shown["message"]!.GetValue<string>());
        error["extensions"]!["code"]!.GetValue<string>().ShouldBe(shown["extensions"]!["code"]!.GetValue<string>());
        error["extensions"]!["field"]!.GetValue<string>().ShouldBe(shown["extensions"]!["field"]!.GetValue<string>());
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [GeneratedRegex(@"ApiKeys__0=(?<key>\S+)")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"curl [^\n]*-d '(?<body>[^']*)'")]
    private static partial Regex CurlPattern();

    [GeneratedRegex(@"```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonPattern();
}
