using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Api.Http;

/// <summary>Reads <c>Content-Type</c> and <c>Accept</c> the way the GraphQL-over-HTTP spec asks.</summary>
internal static class MediaTypeNegotiator
{
    /// <summary>
    /// The response media type for <paramref name="accept"/>: <c>application/graphql-response+json</c> only
    /// when the client names it (with a quality not below <c>application/json</c>'s), else
    /// <c>application/json</c>; null when the client accepts neither.
    /// </summary>
    public static string? SelectResponseMediaType(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return GraphQLMediaTypes.Json;
        }

        // A header we cannot read is treated like an absent one rather than refused.
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        var graphQLResponseQuality = QualityOf(ranges, GraphQLMediaTypes.GraphQLResponseJson, exactOnly: true);
        var jsonQuality = QualityOf(ranges, GraphQLMediaTypes.Json, exactOnly: false);

        if (graphQLResponseQuality > 0 && graphQLResponseQuality >= jsonQuality)
        {
            return GraphQLMediaTypes.GraphQLResponseJson;
        }

        return jsonQuality > 0 ? GraphQLMediaTypes.Json : null;
    }

    /// <summary>Refuses a POST body that is not <c>application/json</c> in UTF-8 with 415.</summary>
    public static void EnsureJsonContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            throw UnsupportedMediaType("A POST request needs the header 'Content-Type: application/json'.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw UnsupportedMediaType(
                $"Content-Type '{contentType}' is not supported; send the request as 'application/json'.");
        }

        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        if (charset.HasValue
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw UnsupportedMediaType($"Charset '{charset}' is not supported; send the request body in UTF-8.");
        }
    }

    /// <summary>
    /// The quality the client gives <paramref name="mediaType"/>: that of the most specific range that
    /// matches it (exact, then <c>type/*</c>, then <c>*/*</c>), 0 when none does.
    /// </summary>
    private static double QualityOf(IList<MediaTypeHeaderValue> ranges, string mediaType, bool exactOnly)
    {
        var type = mediaType[..mediaType.IndexOf('/')];
        var bestSpecificity = 0;
        var quality = 0.0;

        foreach (var range in ranges)
        {
            var specificity = Specificity(range, mediaType, type);
            if (specificity == 0 || (exactOnly && specificity < 3))
            {
                continue;
            }

            var rangeQuality = range.Quality ?? 1.0;
            if (specificity > bestSpecificity || (specificity == bestSpecificity && rangeQuality > quality))
            {
                bestSpecificity = specificity;
                quality = rangeQuality;
            }
        }

        return quality;
    }

    private static int Specificity(MediaTypeHeaderValue range, string mediaType, string type)
    {
        if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (range.MatchesAllSubTypes && range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return range.MatchesAllTypes ? 1 : 0;
    }

    private static GraphQLHttpRequestException UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, GraphQLHttpErrorCodes.UnsupportedMediaType, message);
}
