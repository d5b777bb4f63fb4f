using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLHttpOptionsTests
{
    [Theory]
    [InlineData("MaxRequestBodyBytes", "0")]
    [InlineData("MaxVariablesBytes", "-1")]
    [InlineData("MaxQueryLength", "0")]
    [InlineData("ExecutionTimeout", "00:00:00")]
    [InlineData("ExecutionTimeout", "01:00:00")]
    [InlineData("MaxCachedDocuments", "-1")]
    public async Task Invalid_settings_stop_the_host_at_start_naming_the_setting(string name, string value)
    {
        var settings = new Dictionary<string, string?> { [$"GraphExplorer:Http:{name}"] = value };
        await using var app = TinyGraphQLHost.Build(settings, configureGraphQL: null, kestrel: false, new CollectingLoggerProvider());

        var failure = await Should.ThrowAsync<OptionsValidationException>(
            () => app.StartAsync(TestContext.Current.CancellationToken));

        failure.Message.ShouldContain($"GraphExplorer:Http:{name}");
    }
}
