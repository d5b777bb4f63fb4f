using System.Security.Cryptography;
using System.Text.Json;
using GraphExplorer.Embedded;

namespace GraphExplorer.Api.Tests.Hostile;

/// <summary>Counts and a hash of everything in the embedded store's snapshot: equal fingerprints, unchanged graph.</summary>
public sealed record GraphFingerprint(int Entities, int Relationships, string Sha256)
{
    public static GraphFingerprint Of(EmbeddedGraphStore store)
    {
        var snapshot = store.Snapshot;
        var json = JsonSerializer.SerializeToUtf8Bytes(new { snapshot.Entities, snapshot.Relationships });
        return new GraphFingerprint(snapshot.EntityCount, snapshot.RelationshipCount, Convert.ToHexString(SHA256.HashData(json)));
    }
}
