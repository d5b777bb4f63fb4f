using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Limits;

internal sealed class QueryLimitsOptionsValidator : IValidateOptions<QueryLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, QueryLimitsOptions options)
    {
        var failures = new List<string>();
        Check(failures, nameof(options.MaxDepth), options.MaxDepth);
        Check(failures, nameof(options.MaxComplexity), options.MaxComplexity);
        Check(failures, nameof(options.DefaultListSize), options.DefaultListSize);
        Check(failures, nameof(options.MaxAliases), options.MaxAliases);
        Check(failures, nameof(options.MaxRootFields), options.MaxRootFields);
        Check(failures, nameof(options.MaxIntrospectionNesting), options.MaxIntrospectionNesting);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string setting, int value)
    {
        if (value <= 0)
        {
            failures.Add($"{QueryLimitsOptions.SectionName}:{setting} must be a positive whole number; it is {value}.");
        }
    }
}
