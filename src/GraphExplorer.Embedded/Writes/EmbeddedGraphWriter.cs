using System.Collections.Immutable;
using System.Threading.Channels;
using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;
using GraphExplorer.Core.Writes;
using GraphExplorer.Embedded.Storage;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Embedded.Writes;

/// <summary>
/// The embedded store's writer. Writes are queued and applied one batch at a time by a single loop: each write of a
/// batch is checked against the graph with the writes before it, the accepted ones are appended to the journal with
/// one flush to disk for the batch (group commit), and only then is the next snapshot handed to readers and each
/// write acknowledged. Readers never wait: they keep the snapshot they hold, which sees every write of a batch or none.
/// </summary>
public sealed class EmbeddedGraphWriter(EmbeddedGraphStore store, TimeProvider clock, ILogger<EmbeddedGraphWriter> logger)
    : IGraphWriter, IDisposable
{
    private const int MaxBatch = 512;

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private GraphJournal? _journal;
    private Task? _loop;
    private long _lastSequence;
    private ImmutableDictionary<string, ImmutableList<GraphChange>> _history =
        ImmutableDictionary.Create<string, ImmutableList<GraphChange>>(StringComparer.Ordinal);

    /// <summary>Where the journal is, or null when writes are off.</summary>
    public string? JournalPath => _journal?.Path;

    /// <summary>
    /// Opens the journal in <paramref name="dataDirectory"/> (no writes when null), applies its entries over the
    /// <paramref name="loaded"/> graph, and starts taking writes; returns the graph with the entries applied.
    /// </summary>
    /// <exception cref="JournalException">An entry before the journal's end cannot be read or applied.</exception>
    internal GraphSnapshot Open(GraphSnapshot loaded, string? dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            return loaded;
        }

        var journal = GraphJournal.Open(dataDirectory, out var entries, out var torn);
        try
        {
            if (torn is not null)
            {
                logger.LogWarning(
                    "The journal's last entry, at {Position}, was cut short (the process stopped while writing it); it was never acknowledged and has been dropped",
                    torn);
            }

            var changes = new SnapshotChanges(loaded);
            foreach (var entry in entries)
            {
                ApplyEntry(changes, entry, journal.Path);
            }

            var graph = Build(changes, loaded, journal.Path);
            foreach (var entry in entries)
            {
                Remember(entry.Change, graph);
            }

            _lastSequence = entries.Count == 0 ? 0 : entries[^1].Change.Sequence;
            _journal = journal;
            _loop = Task.Run(RunAsync);
            logger.LogInformation("Applied {Entries} journal entries from {Journal}", entries.Count, journal.Path);
            return graph;
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }

    public async Task<WriteOutcome> WriteAsync(GraphWrite write, string by, CancellationToken cancellationToken)
    {
        if (_journal is null)
        {
            throw new GraphQueryException(ErrorCodes.WritesDisabled,
                "This server keeps no journal, so it takes no writes: set GraphExplorer:DataDirectory to a folder for the journal and restart.");
        }

        var pending = new PendingWrite(write, by);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new GraphQueryException(ErrorCodes.StoreUnavailable, "The server is stopping and takes no more writes; send the write again once it is back.");
        }

        // Once queued a write is made or refused whatever the caller does, so it is awaited to the end.
        return await pending.Task.ConfigureAwait(false);
    }

    public Task<IReadOnlyList<GraphChange>> HistoryAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GraphChange>>(_history.GetValueOrDefault(id) ?? []);


    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop?.GetAwaiter().GetResult();
        _journal?.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                Commit(batch);
            }
            catch (Exception) when (batch.Count(p => !p.IsDone) > 1)
            {
                // One write broke the batch (it passed the checks, yet its statements did not apply): nothing of the
                // batch was written, so make each of the others alone and let only that one fail.
                foreach (var pending in batch.Where(p => !p.IsDone))
                {
                    CommitAlone(pending);
                }
            }
            catch (Exception exception)
            {
                foreach (var pending in batch)
                {
                    pending.Fail(exception);
                }
            }
        }
    }

    private void CommitAlone(PendingWrite pending)
    {
        try
        {
            Commit([pending]);
        }
        catch (Exception exception)
        {
            pending.Fail(exception);
        }
    }

    /// <summary>Checks and applies the batch; throws, having written nothing, when its statements cannot be applied.</summary>
    private void Commit(List<PendingWrite> batch)
    {
        var snapshot = store.Snapshot;
        var changes = new SnapshotChanges(snapshot);
        var now = clock.GetUtcNow();
        var sequence = _lastSequence;
        var entries = new List<JournalEntry>();
        var accepted = new List<(PendingWrite Pending, PlannedWrite Plan)>();
        foreach (var pending in batch.Where(p => !p.IsDone))
        {
            PlannedWrite plan;
            try
            {
                plan = WriteRules.Plan(pending.Write, changes, now, pending.By);
            }
            catch (GraphQueryException refused)
            {
                pending.Fail(refused);
                continue;
            }

            accepted.Add((pending, plan));
            if (plan.Unchanged)
            {
                continue;
            }

            var script = string.Concat(plan.Statements.Select(s => s + ";\n"));
            changes.Apply(script, "write");
            entries.Add(new JournalEntry(new GraphChange(++sequence, now, plan.Operation, plan.TargetId, plan.SourceId, plan.Reason, pending.By), script));
        }

        var next = changes.IsEmpty ? snapshot : changes.Build();
        if (entries.Count > 0)
        {
            try
            {
                _journal!.Append(entries);
            }
            catch (IOException exception)
            {
                logger.LogError(exception, "Could not append {Count} writes to the journal {Journal}", entries.Count, _journal!.Path);
                var unavailable = new GraphQueryException(ErrorCodes.StoreUnavailable,
                    "The write could not be saved to disk, so it was not made; nothing changed. Send it again.", exception);
                foreach (var (pending, _) in accepted)
                {
                    pending.Fail(unavailable);
                }

                return;
            }
        }

        store.Replace(next);
        _lastSequence = sequence;
        foreach (var entry in entries)
        {
            Remember(entry.Change, next);
        }

        var changeOf = entries.ToDictionary(e => e.Change.Sequence, e => e.Change);
        var firstSequence = sequence - entries.Count + 1;
        var made = 0;
        foreach (var (pending, plan) in accepted)
        {
            var change = plan.Unchanged ? null : changeOf[firstSequence + made++];
            pending.Complete(plan.Target == WriteTarget.Entity
                ? new WriteOutcome(change, next.Find(plan.TargetId), null)
                : new WriteOutcome(change, null, next.FindRelationship(plan.TargetId)));
        }
    }

    private static void ApplyEntry(SnapshotChanges changes, JournalEntry entry, string path)
    {
        try
        {
            changes.Apply(entry.Script, path, entry.FirstLine);
        }
        catch (CypherSyntaxException exception)
        {
            throw new JournalException(
                $"{exception.Message} The journal entry {entry.Change.Sequence} cannot be applied, so the store did not start. Restore the journal from a backup, or cut it before this entry's '// change' line.",
                exception);
        }
    }

    private static GraphSnapshot Build(SnapshotChanges changes, GraphSnapshot loaded, string path)
    {
        try
        {
            return changes.IsEmpty ? loaded : changes.Build();
        }
        catch (Exception exception) when (exception is CypherSyntaxException or InvalidOperationException)
        {
            throw new JournalException(
                $"{path}: the journal does not fit the loaded graph ({exception.Message}). Start with the seed or bulk files the journal was written over.",
                exception);
        }
    }

    /// <summary>Lists the change under what it touched, and a relationship's change under both its ends too.</summary>
    private void Remember(GraphChange change, GraphSnapshot graph)
    {
        var touched = new List<string> { change.TargetId };
        if (change.Operation is "addRelationship" or "retractRelationship" && graph.FindRelationship(change.TargetId) is { } relationship)
        {
            touched.Add(relationship.FromId);
            touched.Add(relationship.ToId);
        }

        var history = _history;
        foreach (var id in touched.Distinct(StringComparer.Ordinal))
        {
            history = history.SetItem(id, (history.GetValueOrDefault(id) ?? []).Add(change));
        }

        _history = history;
    }
}
