using GraphExplorer.Core.Writes;

namespace GraphExplorer.Embedded.Writes;

/// <summary>One accepted write as the journal holds it: the change the history lists, and the statements that make it.</summary>
/// <param name="Script">The statements, each ending with a semicolon and a line break.</param>
/// <param name="FirstLine">Where the statements start in the journal file (for the messages of a damaged journal).</param>
internal sealed record JournalEntry(GraphChange Change, string Script, int FirstLine = 0);
