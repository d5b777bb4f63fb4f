using GraphExplorer.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>
/// Starts the application as Program does (the same registrations) with extra settings, on no port, and
/// returns the validation failure that stopped it. WebApplicationFactory is not used here: when the entry
/// point fails to start, it sometimes reports its own disposed service provider instead of the failure.
/// </summary>
public static class ApplicationStart
{
    public static async Task<OptionsValidationException> FailureAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.AddGraphExplorer();
        await using var app = builder.Build();
        app.MapGraphExplorer();

        return await Should.ThrowAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));
    }
}
