using Microsoft.Extensions.Logging;

namespace GraphExplorer.Api.Tests.Http;

public sealed class GraphQLHttpLogScopeTests : GraphQLHttpTestBase
{
    [Fact]
    public async Task What_the_server_logs_during_a_request_carries_its_request_id_and_operation_name()
    {
        var response = await PostJsonAsync(new { query = "query Crashing { crash }" });

        var requestId = response.ErrorMessages.Single().Split('\'')[1];
        var logged = Host.Logs.Entries.Single(entry => entry.Level == LogLevel.Error);
        logged.Scopes.ShouldNotBeNull();
        logged.Scopes["RequestId"].ShouldBe(requestId);
        logged.Scopes["GraphQLOperationName"].ShouldBe("Crashing");
    }
}
