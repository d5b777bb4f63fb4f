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

        if (options.MaxPersistedQueries is < 0 or > 1_000_000)
        {
            failures.Add($"{section}:MaxPersistedQueries must lie between 0 (off) and 1000000; it is {options.MaxPersistedQueries}.");
        }

        if (options.MaxCachedDocuments is < 0 or > 1_000_000)
        {
            failures.Add($"{section}:MaxCachedDocuments must lie between 0 (off) and 1000000; it is {options.MaxCachedDocuments}.");
        }

        if (options.MaxBatchSize is < 1 or > 100)
        {
            failures.Add($"{section}:MaxBatchSize must lie between 1 (no batches) and 100; it is {options.MaxBatchSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
