namespace GraphExplorer.Api.Http;

internal static class GraphQLMediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string JsonUtf8 = Json + "; charset=utf-8";
    public const string GraphQLResponseJsonUtf8 = GraphQLResponseJson + "; charset=utf-8";
}
