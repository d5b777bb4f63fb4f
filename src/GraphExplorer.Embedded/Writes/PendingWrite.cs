using GraphExplorer.Core.Writes;

namespace GraphExplorer.Embedded.Writes;

/// <summary>A write waiting for the writer, and the task its caller awaits.</summary>
internal sealed class PendingWrite(GraphWrite write, string by)
{
    private readonly TaskCompletionSource<WriteOutcome> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GraphWrite Write { get; } = write;

    public string By { get; } = by;

    public Task<WriteOutcome> Task => _completion.Task;

    public bool IsDone => _completion.Task.IsCompleted;

    public void Complete(WriteOutcome outcome) => _completion.TrySetResult(outcome);

    public void Fail(Exception exception) => _completion.TrySetException(exception);
}
