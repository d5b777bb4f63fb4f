namespace GraphExplorer.Core.Store;

/// <summary>The stable <c>extensions.code</c> values a client can match.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    /// <summary>A write that clashes with what the graph holds: an id taken by another kind, a relationship id taken by another relationship.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>A write to a store that keeps no journal: the embedded store needs <c>GraphExplorer:DataDirectory</c>.</summary>
    public const string WritesDisabled = "WRITES_DISABLED";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Timeout = "TIMEOUT";
    public const string Internal = "INTERNAL";
}
