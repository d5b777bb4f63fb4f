using GraphExplorer.Api.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Security;

public static class WriteGateServiceCollectionExtensions
{
    /// <summary>
    /// Lets mutations run only with an API key or bearer token from <see cref="SecurityOptions"/>
    /// (<c>GraphExplorer:Security</c>); with none configured, every mutation is refused.
    /// </summary>
    public static IServiceCollection AddGraphQLWriteGate(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>());
        services.TryAddSingleton<CredentialChecker>();
        services.TryAddSingleton<IGraphQLMutationGate, CredentialMutationGate>();
        return services;
    }
}
