namespace GraphExplorer.Core.Store;

/// <summary>The stable <c>extensions.code</c> values a client can match.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Timeout = "TIMEOUT";
    public const string Internal = "INTERNAL";
}
