using System.Globalization;
using System.Text;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Api.GraphQL;

/// <summary>
/// The opaque cursors of our connections: the id of the last item seen, marked with what it is an id of, so a
/// cursor of one connection is refused by another instead of silently paging from the wrong place.
/// </summary>
public static class Cursors
{
    public const string Entity = "entity:";
    public const string Relationship = "relationship:";

    /// <summary>A position in a filtered or ordered list: such a list has no id order to resume from.</summary>
    public const string Position = "position:";

    public static string EncodePosition(int position) => Encode(Position, position.ToString(CultureInfo.InvariantCulture));

    /// <summary>The position inside a <see cref="Position"/> cursor.</summary>
    /// <exception cref="GraphQueryException">with code <c>BAD_USER_INPUT</c> for anything else.</exception>
    public static int DecodePosition(string cursor, string argument = "after") =>
        int.TryParse(Decode(Position, cursor, argument), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw NotOurs(argument);

    public static string Encode(string kind, string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(kind + id));

    /// <summary>The id inside a cursor of this kind.</summary>
    /// <exception cref="GraphQueryException">with code <c>BAD_USER_INPUT</c> for anything else.</exception>
    public static string Decode(string kind, string cursor, string argument = "after")
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(kind, StringComparison.Ordinal))
            {
                return text[kind.Length..];
            }
        }
        catch (FormatException)
        {
        }

        throw NotOurs(argument);
    }

    private static GraphQueryException NotOurs(string argument) => new(
        ErrorCodes.BadUserInput, $"Argument '{argument}' is not a cursor this connection gave out; pass the endCursor of its previous page.");
}
