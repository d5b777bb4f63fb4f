namespace GraphExplorer.Embedded.Loading;

/// <summary>A seed script's text and the name its errors are reported under.</summary>
public sealed record SeedScript(string File, string Text);
