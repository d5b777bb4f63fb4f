using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphExplorer.Api.GraphQL.Scalars;

/// <summary>A calendar date as an ISO-8601 string, <c>2025-01-23</c>.</summary>
public sealed class CalendarDateGraphType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd";

    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO-8601: \"2025-01-23\".";
    }

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => ParseValue((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly date => date,
        string text when TryParse(text, out var date) => date,
        _ => throw new FormatException($"'{value}' is not a date; write it as yyyy-MM-dd, e.g. \"2025-01-23\"."),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };
}
