using GraphExplorer.Neo4j.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    private static string[] Failures(Neo4jOptions options) =>
        new Neo4jOptionsValidator().Validate(null, options).Failures?.ToArray() ?? [];

    private static Neo4jOptions WithUri(string? uri)
    {
        var options = Valid();
        options.Uri = uri;
        return options;
    }

    private static Neo4jOptions Valid() => new() { Uri = "http://localhost:7474", User = "neo4j", Password = "secret" };

    [Fact]
    public void Defaults_with_an_address_are_valid()
    {
        Failures(Valid()).ShouldBeEmpty();
        Failures(new Neo4jOptions { Uri = "https://abc123.databases.neo4j.io", Token = "t" }).ShouldBeEmpty();
        new Neo4jOptions().Database.ShouldBe("neo4j");
    }

    [Fact]
    public void A_missing_uri_names_the_setting_and_the_environment_variable()
    {
        var failure = Failures(WithUri(null)).ShouldHaveSingleItem();

        failure.ShouldContain("GraphExplorer:Neo4j:Uri is not set");
        failure.ShouldContain("GraphExplorer__Neo4j__Uri");
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "uses bolt://")]
    [InlineData("neo4j+s://abc.databases.neo4j.io", "uses neo4j+s://")]
    [InlineData("localhost:7474", "uses localhost://")]
    [InlineData("not an address", "not an absolute address")]
    [InlineData("http://localhost:7474/db/neo4j/query/v2", "includes a /db/ path")]
    [InlineData("http://neo4j:secret@localhost:7474", "holds credentials")]
    public void A_wrong_uri_is_explained(string uri, string expected)
    {
        Failures(WithUri(uri)).ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Fact]
    public void Password_and_token_together_are_refused()
    {
        var options = Valid();
        options.Token = "abc";

        Failures(options).ShouldHaveSingleItem().ShouldContain("Both GraphExplorer:Neo4j:Password and GraphExplorer:Neo4j:Token");
    }

    [Fact]
    public void A_password_without_a_user_and_a_user_without_a_password_are_refused()
    {
        Failures(new Neo4jOptions { Uri = "http://localhost:7474", Password = "p" }).ShouldHaveSingleItem()
            .ShouldContain("GraphExplorer:Neo4j:User is not");
        Failures(new Neo4jOptions { Uri = "http://localhost:7474", User = "neo4j" }).ShouldHaveSingleItem()
            .ShouldContain("GraphExplorer:Neo4j:Password is not set");
    }

    [Fact]
    public void Bad_database_timeouts_and_retries_are_each_reported()
    {
        var options = Valid();
        options.Database = "my graph";
        options.QueryTimeout = TimeSpan.Zero;
        options.ConnectTimeout = TimeSpan.FromSeconds(-1);
        options.MaxRetries = 50;
        options.RetryDelay = TimeSpan.FromHours(1);

        var failures = Failures(options);

        failures.Length.ShouldBe(5);
        failures.ShouldContain(f => f.Contains("Database 'my graph'"));
        failures.ShouldContain(f => f.Contains("QueryTimeout"));
        failures.ShouldContain(f => f.Contains("ConnectTimeout"));
        failures.ShouldContain(f => f.Contains("MaxRetries is 50"));
        failures.ShouldContain(f => f.Contains("RetryDelay"));
    }

    [Fact]
    public void Resolving_the_client_with_bad_settings_fails_with_the_messages()
    {
        using var host = new Neo4jTestHost(new() { ["GraphExplorer:Neo4j:Uri"] = "bolt://localhost:7687" });

        Should.Throw<OptionsValidationException>(() => host.Client).Message.ShouldContain("uses bolt://");
    }

    [Fact]
    public void Settings_bind_from_environment_variables()
    {
        Environment.SetEnvironmentVariable("GraphExplorer__Neo4j__Uri", "http://from-env:7474");
        Environment.SetEnvironmentVariable("GraphExplorer__Neo4j__QueryTimeout", "00:00:12");
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build());
            services.AddNeo4jQueryClient();
            using var provider = services.BuildServiceProvider();

            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

            options.Uri.ShouldBe("http://from-env:7474");
            options.QueryTimeout.ShouldBe(TimeSpan.FromSeconds(12));
        }
        finally
        {
            Environment.SetEnvironmentVariable("GraphExplorer__Neo4j__Uri", null);
            Environment.SetEnvironmentVariable("GraphExplorer__Neo4j__QueryTimeout", null);
        }
    }

    [Fact]
    public void The_section_name_is_the_documented_one() =>
        Neo4jOptions.SectionName.ShouldBe("GraphExplorer:Neo4j");
}
