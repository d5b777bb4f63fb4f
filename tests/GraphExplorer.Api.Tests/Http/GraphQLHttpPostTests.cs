using System.Net;
using System.Text;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLHttpPostTests : GraphQLHttpTestBase
{
    [Fact]
    public async Task A_json_post_executes_the_query()
    {
        var response = await PostJsonAsync(new { query = "{ hello }" });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ContentType.ShouldBe("application/json; charset=utf-8");
        response.Data.GetProperty("hello").GetString().ShouldBe("Hello, world!");
        response.Json.TryGetProperty("errors", out _).ShouldBeFalse("a successful answer has no errors key at all");
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("APPLICATION/JSON")]
    public async Task Json_content_types_in_utf8_are_accepted(string contentType)
    {
        var response = await PostAsync("""{"query":"{ hello(name: \"Zoë 🏃\") }"}""", contentType);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data.GetProperty("hello").GetString().ShouldBe("Hello, Zoë 🏃!");
    }

    [Theory]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Other_content_types_get_415(string contentType)
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", contentType);

        response.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.ErrorCodes.ShouldBe(["UNSUPPORTED_MEDIA_TYPE"]);
    }

    [Fact]
    public async Task A_post_without_content_type_gets_415()
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", contentType: null);

        response.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.ErrorCodes.ShouldBe(["UNSUPPORTED_MEDIA_TYPE"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"not a JSON")]
    [InlineData("{\"query\": \"{ hello }\",}")]
    [InlineData("[]")]
    [InlineData("[{\"query\": \"{ hello }\"}, 7]")]
    [InlineData("[{\"query\": \"{ hello }\"}, {\"query\": 0}]")]
    [InlineData("\"{ hello }\"")]
    [InlineData("{\"query\": \"{ hello }\", \"query\": \"{ crash }\"}")]
    [InlineData("{}")]
    [InlineData("{\"qeury\": \"{ hello }\"}")]
    [InlineData("{\"query\": \"\"}")]
    [InlineData("{\"query\": null}")]
    [InlineData("{\"query\": {\"obj\": \"ect\"}}")]
    [InlineData("{\"query\": 0}")]
    [InlineData("{\"query\": false}")]
    [InlineData("{\"query\": [\"array\"]}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": 0}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": {}}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"string\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": 0}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": false}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": [\"array\"]}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": \"string\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": [1]}")]
    public async Task Malformed_requests_get_400_with_a_bad_request_error(string body)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await PostAsync(body, accept: accept);

            response.Status.ShouldBe(HttpStatusCode.BadRequest, $"{body} accepting {accept}");
            response.HasData.ShouldBeFalse();
            response.ErrorCodes.ShouldBe(["BAD_REQUEST"]);
            response.Errors[0].GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task Invalid_utf8_gets_400()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\": \"{ hello(name: \\\"X\\\") }\"}");
        body[body.AsSpan().IndexOf((byte)'X')] = 0xC3; // a lead byte followed by a quote: not UTF-8

        var response = await PostBytesAsync(body, "application/json");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["BAD_REQUEST"]);
    }

    [Fact]
    public async Task Null_optional_parameters_and_unknown_keys_are_accepted()
    {
        var response = await PostAsync(
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"documentId":7,"extra":{"a":1}}""");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Errors.ShouldBeEmpty();
        response.Data.GetProperty("hello").GetString().ShouldBe("Hello, world!");
    }

    [Fact]
    public async Task Variables_extensions_and_operation_name_are_used()
    {
        var response = await PostJsonAsync(new
        {
            query = "query A { hello } query B($n: Int!) { double(value: $n) }",
            operationName = "B",
            variables = new { n = 21 },
            extensions = new { some = "value" },
        });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Errors.ShouldBeEmpty();
        response.Data.GetProperty("double").GetInt32().ShouldBe(42);
    }

    [Fact]
    public async Task Mutations_are_executed_over_post()
    {
        var response = await PostJsonAsync(new { query = "mutation { echo(text: \"hi\") }" });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data.GetProperty("echo").GetString().ShouldBe("hi");
    }

    [Fact]
    public async Task Resolvers_see_the_request_services()
    {
        var first = await PostJsonAsync(new { query = "{ a: requestMarker b: requestMarker }" });
        var second = await PostJsonAsync(new { query = "{ a: requestMarker }" });

        var marker = first.Data.GetProperty("a").GetString();
        marker.ShouldNotBeNullOrEmpty();
        first.Data.GetProperty("b").GetString().ShouldBe(marker, "one scope per request");
        second.Data.GetProperty("a").GetString().ShouldNotBe(marker, "a new scope for each request");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Other_methods_get_405_allowing_get_and_post(string method)
    {
        var response = await SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        });

        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Allow.ShouldBe("GET, POST");
        response.ErrorCodes.ShouldBe(["METHOD_NOT_ALLOWED"]);
    }
}
