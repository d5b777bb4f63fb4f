using System.Net;
using System.Net.Http.Headers;

namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>What a front end and a cache expect of the HTTP answers: validators on GET, compression when asked.</summary>
public sealed class HttpMannersTests
{
    private const string Get = "/graphql?query=%7B%20entity(id%3A%20%22bytedance%22)%20%7B%20name%20%7D%20%7D";

    [Fact]
    public async Task A_GET_answer_carries_a_validator_and_an_unchanged_one_is_304()
    {
        await using var api = new ConfiguredApiFactory();
        using var client = api.CreateClient();

        using var first = await client.GetAsync(Get, TestContext.Current.CancellationToken);
        var tag = first.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, Get);
        again.Headers.IfNoneMatch.Add(tag!);
        using var revalidated = await client.SendAsync(again, TestContext.Current.CancellationToken);
        using var other = await client.GetAsync(Get.Replace("name", "id", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        tag.ShouldNotBeNull();
        tag.IsWeak.ShouldBeTrue();
        first.Headers.CacheControl!.NoCache.ShouldBeTrue();
        revalidated.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await revalidated.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        other.Headers.ETag.ShouldNotBe(tag);
    }

    [Fact]
    public async Task A_POST_or_an_error_carries_no_validator()
    {
        await using var api = new ConfiguredApiFactory();
        using var client = api.CreateClient();

        using var post = await client.PostAsync(
            "/graphql", new StringContent("""{"query":"{ entity(id: \"bytedance\") { name } }"}""", MediaTypeHeaderValue.Parse("application/json")),
            TestContext.Current.CancellationToken);
        using var error = await client.GetAsync("/graphql?query=%7B%20nope%20%7D", TestContext.Current.CancellationToken);

        post.Headers.ETag.ShouldBeNull();
        error.Headers.ETag.ShouldBeNull();
    }

    [Fact]
    public async Task Answers_are_compressed_when_the_client_accepts_it()
    {
        await using var api = new ConfiguredApiFactory();
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ documents { id title mentions { id name } } }"}""", MediaTypeHeaderValue.Parse("application/json")),
        };
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
    }
}
