namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>One fact extracted from the seed document; <see cref="Name"/> is the test case name a person reads.</summary>
public abstract record SeedFact(string Name);
