using System.Net.Http.Headers;
using System.Text;
using GraphExplorer.Neo4j.Protocol;
using GraphExplorer.Neo4j.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GraphExplorer.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="INeo4jQueryClient"/> (a typed HttpClient over the Query API), <see cref="Neo4jOptions"/>
    /// bound from <c>GraphExplorer:Neo4j</c> and validated at start, the read-retry pipeline,
    /// <see cref="Neo4jRoundTripCounter"/> and <see cref="Neo4jSeeder"/>. Returns the HttpClient builder so a
    /// caller (or a test) can add handlers.
    /// </summary>
    public static IHttpClientBuilder AddNeo4jQueryClient(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<Neo4jOptions>().BindConfiguration(Neo4jOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddSingleton<Neo4jRoundTripCounter>();
        services.TryAddTransient<Neo4jSeeder>();
        services.AddResiliencePipeline(Neo4jQueryClient.ReadPipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            if (options.MaxRetries > 0)
            {
                pipeline.AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsTransient),
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                });
            }
        });

        return services
            .AddHttpClient<INeo4jQueryClient, Neo4jQueryClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
                http.BaseAddress = new Uri(options.Uri!.TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // Neo4jOptions.QueryTimeout applies per request instead.
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(Neo4jJson.MediaType));
                http.DefaultRequestHeaders.Authorization = AuthorizationFor(options);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                ConnectTimeout = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value.ConnectTimeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
    }

    private static AuthenticationHeaderValue? AuthorizationFor(Neo4jOptions options)
    {
        if (!string.IsNullOrEmpty(options.Token))
        {
            return new AuthenticationHeaderValue("Bearer", options.Token);
        }

        if (!string.IsNullOrEmpty(options.User))
        {
            var pair = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }

        return null; // NEO4J_AUTH=none
    }
}
