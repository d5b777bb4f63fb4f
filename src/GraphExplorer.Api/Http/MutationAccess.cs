namespace GraphExplorer.Api.Http;

public enum MutationAccess
{
    Allowed,

    /// <summary>Answered with 401: the request carries no credential.</summary>
    MissingCredentials,

    /// <summary>Answered with 403: the credential is not one that may write.</summary>
    WrongCredentials,
}
