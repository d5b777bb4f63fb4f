using GraphExplorer.Api.Limits;
using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Hosting;

public static class GraphExplorerLimitsExtensions
{
    /// <summary>
    /// Checks depth, complexity, aliases and root fields of every document during validation, before any
    /// resolver runs, against <see cref="QueryLimitsOptions"/> (<c>GraphExplorer:Limits</c>).
    /// </summary>
    public static WebApplicationBuilder AddGraphExplorerLimits(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<QueryLimitsOptions>().BindConfiguration(QueryLimitsOptions.SectionName);
        services.AddSingleton<IValidateOptions<QueryLimitsOptions>, QueryLimitsOptionsValidator>();
        services.AddGraphQL(graphQL => graphQL
            .AddValidationRule<UnsupportedOperationRule>()
            .AddValidationRule<AliasAndRootFieldLimitRule>()
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<QueryLimitsOptions>>().Value;
                complexity.DefaultComplexityImpactDelegate = context => ListSizeComplexity.Impact(context, limits);
                complexity.ValidateComplexityDelegate = context =>
                {
                    context.Error = Refusal(context.MaxDepth, context.TotalImpact, limits);
                    return Task.CompletedTask;
                };
            }));
        return builder;
    }

    private static ValidationError? Refusal(int depth, double complexity, QueryLimitsOptions limits)
    {
        var section = QueryLimitsOptions.SectionName;
        var message = depth > limits.MaxDepth
            ? $"The query is {depth} fields deep; the limit is {limits.MaxDepth} ({section}:MaxDepth)."
            : complexity > limits.MaxComplexity
                ? $"The query's complexity is {complexity:0}; the limit is {limits.MaxComplexity} ({section}:MaxComplexity). " +
                  "Ask for fewer items (first/limit) or fewer nested lists."
                : null;
        return message is null ? null : new ValidationError(message) { Code = ErrorCodes.LimitExceeded };
    }
}
