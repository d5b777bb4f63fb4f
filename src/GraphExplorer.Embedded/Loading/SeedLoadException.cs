namespace GraphExplorer.Embedded.Loading;

/// <summary>The seed could not be loaded; the message says where (<c>file:line:column</c>) and why.</summary>
public sealed class SeedLoadException(string message, Exception? innerException = null) : Exception(message, innerException);
