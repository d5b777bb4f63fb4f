using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j;

/// <summary>Fails the start with every problem of the Neo4j settings, each said so a person can fix it.</summary>
public sealed partial class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    private const string P = Neo4jOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        ValidateUri(options.Uri, failures);

        if (string.IsNullOrWhiteSpace(options.Database) || !DatabaseName().IsMatch(options.Database))
        {
            failures.Add($"{P}:Database '{options.Database}' is not a Neo4j database name (letters, digits, '.' and '-', " +
                         "starting with a letter or digit). Leave it unset for 'neo4j'.");
        }

        var hasPassword = !string.IsNullOrEmpty(options.Password);
        var hasToken = !string.IsNullOrEmpty(options.Token);
        if (hasPassword && hasToken)
        {
            failures.Add($"Both {P}:Password and {P}:Token are set: use a user and password (Basic auth) or a token " +
                         "(Bearer auth), not both.");
        }

        if (hasPassword && string.IsNullOrWhiteSpace(options.User))
        {
            failures.Add($"{P}:Password is set but {P}:User is not: set the user name (often 'neo4j').");
        }

        if (!hasPassword && !hasToken && !string.IsNullOrWhiteSpace(options.User))
        {
            failures.Add($"{P}:User is '{options.User}' but {P}:Password is not set " +
                         "(environment variable GraphExplorer__Neo4j__Password).");
        }

        if (options.User?.Contains(':', StringComparison.Ordinal) == true)
        {
            failures.Add($"{P}:User cannot contain ':' (Basic auth separates user and password with it).");
        }

        if (options.QueryTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{P}:QueryTimeout must be positive, e.g. 00:00:30.");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{P}:ConnectTimeout must be positive, e.g. 00:00:05.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{P}:MaxRetries is {options.MaxRetries}; use 0 (no retries) to 10.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{P}:RetryDelay must be between 00:00:00 and 00:01:00.");
        }

        if (options.SeedAttempts is < 1 or > 1000)
        {
            failures.Add($"{P}:SeedAttempts is {options.SeedAttempts}; use 1 (no retries) to 1000 (default 30).");
        }

        if (options.MaxSeedRetryDelay < TimeSpan.Zero || options.MaxSeedRetryDelay > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{P}:MaxSeedRetryDelay must be between 00:00:00 and 00:05:00 (default 00:00:05).");
        }

        if (options.MaxFetchedRelationships < 1)
        {
            failures.Add($"{P}:MaxFetchedRelationships is {options.MaxFetchedRelationships}; it must be at least 1 (default 100000).");
        }

        if (options.MaxFetchedPaths < 1)
        {
            failures.Add($"{P}:MaxFetchedPaths is {options.MaxFetchedPaths}; it must be at least 1 (default 10000).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateUri(string? text, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            failures.Add($"{P}:Uri is not set: give Neo4j's HTTP address, e.g. http://localhost:7474 " +
                         "(environment variable GraphExplorer__Neo4j__Uri).");
            return;
        }

        if (!System.Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            failures.Add($"{P}:Uri '{text}' is not an absolute address; write it like http://localhost:7474.");
            return;
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            failures.Add($"{P}:Uri '{text}' uses {uri.Scheme}://, but GraphExplorer talks to Neo4j over HTTP (the Query API): " +
                         "use http://host:7474, or https://<id>.databases.neo4j.io on Aura.");
            return;
        }

        if (uri.AbsolutePath.Contains("/db/", StringComparison.OrdinalIgnoreCase) || uri.AbsolutePath.EndsWith("/db", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{P}:Uri '{text}' includes a /db/ path: give only the server's address (http://host:7474) and " +
                         $"the database name in {P}:Database.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            failures.Add($"{P}:Uri '{uri.GetLeftPart(UriPartial.Scheme)}…' holds credentials: put them in {P}:User and {P}:Password instead.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.\\-]{0,62}$")]
    private static partial Regex DatabaseName();
}
