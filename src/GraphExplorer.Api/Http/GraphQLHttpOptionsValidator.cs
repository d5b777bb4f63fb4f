using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Http;

internal sealed class GraphQLHttpOptionsValidator : IValidateOptions<GraphQLHttpOptions>
{
    private static readonly TimeSpan MaxExecutionTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, GraphQLHttpOptions options)
    {
        var failures = new List<string>();
        var section = GraphQLHttpOptions.SectionName;

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"{section}:MaxRequestBodyBytes must be positive; it is {options.MaxRequestBodyBytes}.");
        }

        if (options.MaxVariablesBytes <= 0)
        {
            failures.Add($"{section}:MaxVariablesBytes must be positive; it is {options.MaxVariablesBytes}.");
        }

        if (options.MaxQueryLength <= 0)
        {
            failures.Add($"{section}:MaxQueryLength must be positive; it is {options.MaxQueryLength}.");
        }

        if (options.ExecutionTimeout <= TimeSpan.Zero || options.ExecutionTimeout > MaxExecutionTimeout)
        {
            failures.Add(
                $"{section}:ExecutionTimeout must lie between 00:00:00 (excluded) and {MaxExecutionTimeout}; " +
                $"it is {options.ExecutionTimeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
