using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GraphExplorer.Api.Tests.Http;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests.Hostile;

/// <summary>
/// Every generated hostile request against the real program. Each must be answered (no hang) without a 5xx,
/// with JSON whose every error has a code other than INTERNAL and no exception detail, or with data;
/// and the graph must be unchanged afterwards.
/// </summary>
public sealed class HostileInputTests(HostileApiFixture fixture) : IClassFixture<HostileApiFixture>
{
    public static TheoryData<string> StringArguments => HostileCases.Names("string/");

    public static TheoryData<string> IntArguments => HostileCases.Names("int/");

    public static TheoryData<string> WrongTypes => HostileCases.Names("type/");

    public static TheoryData<string> Documents => HostileCases.Names("document/");

    public static TheoryData<string> Bodies => HostileCases.Names("body/");

    public static TheoryData<string> Batches => HostileCases.Names("batch/");

    public static TheoryData<string> Headers => [.. HostileCases.Names("content-type/"), .. HostileCases.Names("accept/")];

    [Theory]
    [MemberData(nameof(StringArguments))]
    public Task Odd_huge_and_injected_text_in_every_string_argument(string name) => CheckAsync(name);

    [Theory]
    [MemberData(nameof(IntArguments))]
    public Task Extreme_numbers_and_wrong_types_in_every_int_argument(string name) => CheckAsync(name);

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public Task Wrong_variable_types_and_operations(string name) => CheckAsync(name);

    [Theory]
    [MemberData(nameof(Documents))]
    public Task Huge_deep_and_cyclic_documents(string name) => CheckAsync(name);

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Malformed_json_and_invalid_utf8(string name) => CheckAsync(name);

    [Theory]
    [MemberData(nameof(Headers))]
    public Task Wrong_content_types_and_accept_headers(string name) => CheckAsync(name);

    [Theory]
    [MemberData(nameof(Batches))]
    public Task Empty_oversized_malformed_and_expensive_batches(string name) => CheckAsync(name);

    [Fact]
    public void There_are_hundreds_of_cases() => HostileCases.ByName.Count.ShouldBeGreaterThan(1_000);

    private async Task CheckAsync(string name)
    {
        var hostile = HostileCases.ByName[name];
        var logged = fixture.Api.Logs.Entries.Count;
        using var content = new ByteArrayContent(hostile.Body);
        if (hostile.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.ContentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (hostile.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", hostile.Accept);
        }

        using var answer = await fixture.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var response = await GraphQLHttpResponse.ReadAsync(answer, TestContext.Current.CancellationToken);

        ((int)response.Status).ShouldBeLessThan(500, response.Text);
        response.Text.ShouldNotContain("Exception", Case.Insensitive);
        response.Text.ShouldNotContain("   at ");
        var json = JsonDocument.Parse(response.Text).RootElement;
        // A batch is answered with one result per operation; anything else, and a refused batch, with one result.
        var results = json.ValueKind == JsonValueKind.Array ? [.. json.EnumerateArray()] : new[] { json };
        foreach (var result in results)
        {
            var codes = result.TryGetProperty("errors", out var errorList)
                ? errorList.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList()
                : [];
            if (codes.Count > 0)
            {
                codes.ShouldAllBe(code => !string.IsNullOrEmpty(code), response.Text);
                codes.ShouldNotContain("INTERNAL", response.Text);
            }
            else
            {
                response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
                result.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Object);
            }
        }

        var errors = fixture.Api.Logs.Entries.Skip(logged).Where(entry => entry.Level >= LogLevel.Error).ToList();
        errors.ShouldBeEmpty(string.Join('\n', errors.Select(e => e.Message + " " + e.Exception?.GetType().Name + ": " + e.Exception?.Message)));
        fixture.Now.ShouldBe(fixture.Before);
    }
}
