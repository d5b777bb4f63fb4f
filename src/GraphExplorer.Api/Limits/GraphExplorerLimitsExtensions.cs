using GraphExplorer.Core.Store;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Limits;

public static class GraphExplorerLimitsExtensions
{
    /// <summary>
    /// The traversal bounds (<see cref="TraversalLimits"/>, read by resolvers and stores), and the document limits:
    /// checks depth, complexity, aliases and root fields of every document during validation, before any
    /// resolver runs, against <see cref="QueryLimitsOptions"/> (<c>GraphExplorer:Limits</c>).
    /// </summary>
    public static WebApplicationBuilder AddGraphExplorerLimits(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<TraversalLimits>()
            .BindConfiguration(TraversalLimits.SectionName)
            .Validate(TraversalLimitsValidation.AllPositive, TraversalLimitsValidation.Message);
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
                    // GraphQL.NET's own depth counts the ofType chain of introspection type references; ours does not.
                    var validation = context.ValidationContext;
                    var depth = OperationDepth.Of(validation.Operation, validation.Document);
                    context.Error = Refusal(depth, context.TotalImpact, limits);
                    return Task.CompletedTask;
                };
            }));
        return builder;
    }

    private static ValidationError? Refusal(OperationDepth depth, double complexity, QueryLimitsOptions limits)
    {
        var section = QueryLimitsOptions.SectionName;
        var message = depth.Depth > limits.MaxDepth
            ? $"The query is {depth.Depth} fields deep; the limit is {limits.MaxDepth} ({section}:MaxDepth)."
            : depth.IntrospectionNesting > limits.MaxIntrospectionNesting
            ? $"The introspection query nests 'fields', 'inputFields', 'interfaces' or 'possibleTypes' {depth.IntrospectionNesting} deep; " +
              $"the limit is {limits.MaxIntrospectionNesting} ({section}:MaxIntrospectionNesting). The standard introspection query " +
              "nests them once; to follow a type, ask __type(name:) for it."
            : complexity > limits.MaxComplexity
                ? $"The query's complexity is {complexity:0}; the limit is {limits.MaxComplexity} ({section}:MaxComplexity). " +
                  "Ask for fewer items (first/limit) or fewer nested lists."
                : null;
        return message is null ? null : new ValidationError(message) { Code = ErrorCodes.LimitExceeded };
    }
}
