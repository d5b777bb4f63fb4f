using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Cypher;
using GraphExplorer.Neo4j.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Neo4j.Seeding;

/// <summary>
/// Applies the <c>*.cypher</c> scripts of a folder to Neo4j in file-name order. A script's data statements run in
/// one explicit transaction, so a failing script leaves nothing behind; schema statements (CREATE/DROP INDEX or
/// CONSTRAINT) each run alone, because Neo4j refuses schema and data changes in one transaction. Scripts are
/// written with MERGE and IF NOT EXISTS, so seeding twice changes nothing the second time, and a step that failed
/// transiently (Neo4j still starting) is simply tried again, with a growing wait, up to
/// <see cref="Neo4jOptions.SeedAttempts"/> times.
/// </summary>
public sealed partial class Neo4jSeeder(INeo4jQueryClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jSeeder> logger)
{
    private readonly Neo4jOptions _options = options.Value;

    public async Task<Neo4jSeedReport> SeedAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No Cypher folder at '{Path.GetFullPath(directory)}': give the path of the repository's cypher/ folder.");
        }

        var files = Directory.GetFiles(directory, "*.cypher", SearchOption.TopDirectoryOnly)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ToList();
        var reports = new List<Neo4jSeedFileReport>();
        foreach (var file in files)
        {
            var name = Path.Combine(Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)), Path.GetFileName(file));
            var text = await File.ReadAllTextAsync(file, cancellationToken);
            var report = await ApplyScriptAsync(text, name, cancellationToken);
            logger.LogInformation("Applied {Report}", report);
            reports.Add(report);
        }

        return new Neo4jSeedReport(reports);
    }

    /// <summary>Applies one script; <paramref name="file"/> names it in the report and in errors.</summary>
    public async Task<Neo4jSeedFileReport> ApplyScriptAsync(string text, string file, CancellationToken cancellationToken)
    {
        IReadOnlyList<CypherStatement> statements;
        try
        {
            statements = CypherScript.Split(text, file);
        }
        catch (CypherSyntaxException e)
        {
            throw new Neo4jSeedException(e.Position, "the script cannot be split into statements; nothing of it was applied.", null, e);
        }

        var counters = Neo4jCounters.None;
        var transactions = 0;
        var batch = new List<CypherStatement>();
        foreach (var statement in statements)
        {
            if (!IsSchema(statement))
            {
                batch.Add(statement);
                continue;
            }

            counters += await RunInTransactionWithRetriesAsync(batch, file, cancellationToken);
            transactions += batch.Count > 0 ? 1 : 0;
            batch.Clear();
            counters += await WithRetriesAsync(() => RunSchemaAsync(statement, cancellationToken), cancellationToken);
            transactions++;
        }

        counters += await RunInTransactionWithRetriesAsync(batch, file, cancellationToken);
        transactions += batch.Count > 0 ? 1 : 0;
        return new Neo4jSeedFileReport(file, statements.Count, transactions, counters);
    }

    /// <summary>
    /// Runs one step again after a transient failure. The steps are idempotent (MERGE, IF NOT EXISTS) and a failed
    /// transaction is rolled back whole, so a step that may or may not have been applied can safely run twice.
    /// </summary>
    private async Task<Neo4jCounters> WithRetriesAsync(Func<Task<Neo4jCounters>> step, CancellationToken cancellationToken)
    {
        var delay = _options.RetryDelay;
        var started = DateTimeOffset.UtcNow;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await step();
            }
            catch (Neo4jSeedException e) when (e.IsTransient && attempt < _options.SeedAttempts)
            {
                logger.LogWarning(
                    "Neo4j is not ready (try {Attempt} of {Attempts}): {Reason} Trying again in {Delay:0.###} s.",
                    attempt, _options.SeedAttempts, e.InnerException!.Message, delay.TotalSeconds);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(
                    Math.Max(delay.Ticks * 2, TimeSpan.TicksPerMillisecond * 100), _options.MaxSeedRetryDelay.Ticks));
            }
            catch (Neo4jSeedException e) when (e.IsTransient)
            {
                var waited = DateTimeOffset.UtcNow - started;
                throw new Neo4jSeedException(
                    e.Position,
                    $"{e.Reason} Neo4j was still unavailable after {attempt} tries over {waited.TotalSeconds:0} s " +
                    $"({Neo4jOptions.SectionName}:SeedAttempts): check that it is running and its database is online " +
                    "(docker compose logs neo4j), then seed again.",
                    e.Neo4jCode,
                    e.InnerException);
            }
        }
    }

    private Task<Neo4jCounters> RunInTransactionWithRetriesAsync(
        IReadOnlyList<CypherStatement> statements, string file, CancellationToken cancellationToken) =>
        statements.Count == 0
            ? Task.FromResult(Neo4jCounters.None)
            : WithRetriesAsync(() => RunInTransactionAsync(statements, file, cancellationToken), cancellationToken);

    private async Task<Neo4jCounters> RunSchemaAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.RunAsync(new Neo4jQuery(statement.Text) { IncludeCounters = true }, cancellationToken);
            return result.Counters ?? Neo4jCounters.None;
        }
        catch (Neo4jException e)
        {
            throw Failure(statement, e, "This schema statement ran on its own; earlier statements and files stay applied.");
        }
    }

    private async Task<Neo4jCounters> RunInTransactionAsync(
        IReadOnlyList<CypherStatement> statements, string file, CancellationToken cancellationToken)
    {
        var rolledBack = $"The transaction of {file} was rolled back; earlier files stay applied, so fix this one and seed again.";
        INeo4jTransaction transaction;
        try
        {
            transaction = await client.BeginTransactionAsync(new Neo4jTransactionOptions(), cancellationToken);
        }
        catch (Neo4jException e)
        {
            throw Failure(statements[0], e, $"No transaction could be opened for {file}, so none of it was applied.");
        }

        await using var _ = transaction;
        var counters = Neo4jCounters.None;
        foreach (var statement in statements)
        {
            try
            {
                var result = await transaction.RunAsync(new Neo4jQuery(statement.Text) { IncludeCounters = true }, cancellationToken);
                counters += result.Counters ?? Neo4jCounters.None;
            }
            catch (Neo4jException e)
            {
                await RollbackQuietlyAsync(transaction);
                throw Failure(statement, e, rolledBack);
            }
        }

        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Neo4jException e)
        {
            throw Failure(statements[0], e, $"Committing {file} failed, so none of it was applied.");
        }

        return counters;
    }

    private static async Task RollbackQuietlyAsync(INeo4jTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Neo4jException)
        {
            // After an error Neo4j has usually closed the transaction already; the rollback has happened either way.
        }
    }

    private static Neo4jSeedException Failure(CypherStatement statement, Neo4jException error, string consequence)
    {
        var position = Locate(statement.Position, error.ServerMessage);
        var said = error.Code is null ? error.Message : $"Neo4j rejected the statement ({error.Code}): {error.ServerMessage}";
        return new Neo4jSeedException(position, $"{said} {consequence}", error.Code, error);
    }

    // Neo4j places syntax errors within the statement ("(line 2, column 5 (offset: 20))"): move them into the file.
    private static SourcePosition Locate(SourcePosition start, string? message)
    {
        var match = message is null ? null : ServerPosition().Match(message);
        if (match is not { Success: true })
        {
            return start;
        }

        var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture);
        return line == 1
            ? start with { Column = start.Column + column - 1 }
            : start with { Line = start.Line + line - 1, Column = column };
    }

    private static bool IsSchema(CypherStatement statement)
    {
        var tokens = statement.Tokens;
        if (tokens.Count == 0 || !(tokens[0].IsKeyword("CREATE") || tokens[0].IsKeyword("DROP")))
        {
            return false;
        }

        foreach (var token in tokens.Skip(1).Take(4))
        {
            if (token.Kind != CypherTokenKind.Identifier)
            {
                return false;
            }

            if (token.IsKeyword("INDEX") || token.IsKeyword("CONSTRAINT"))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\(line (?<line>\d+), column (?<column>\d+)")]
    private static partial Regex ServerPosition();
}
