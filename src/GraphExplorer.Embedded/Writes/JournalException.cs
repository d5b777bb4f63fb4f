namespace GraphExplorer.Embedded.Writes;

/// <summary>
/// The journal cannot be opened (another process holds it) or read back before its end (it is damaged); the message
/// starts with <c>file:line</c> or the file and says what to do. The store does not start.
/// </summary>
public sealed class JournalException(string message, Exception? innerException = null) : Exception(message, innerException);
