using System.Globalization;
using System.Text;

namespace GraphExplorer.Core.Cypher;

/// <summary>
/// Writes values as Cypher literals in the subset the seed loader reads (docs/graph-model.md), so that a written
/// statement reads back as the very value: strings quoted with every quote, backslash and control character escaped,
/// floats always with a point or an exponent, dates as <c>date('YYYY-MM-DD')</c>.
/// </summary>
public static class CypherLiteral
{
    /// <summary>A property key written bare: a letter or underscore, then letters, digits or underscores.</summary>
    public static bool IsPlainKey(string key) =>
        key.Length is > 0 and <= 128 && (char.IsAsciiLetter(key[0]) || key[0] == '_')
        && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public static string Of(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary><c>{key: value, …}</c>; every key must be <see cref="IsPlainKey"/>.</summary>
    public static string Map(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!IsPlainKey(key))
            {
                throw new ArgumentException($"'{key}' cannot be written as a bare property key.", nameof(entries));
            }

            builder.Append(first ? string.Empty : ", ").Append(key).Append(": ");
            Append(builder, value);
            first = false;
        }

        return builder.Append('}').ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                AppendString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int or long:
                builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double number when double.IsFinite(number):
                var written = number.ToString("R", CultureInfo.InvariantCulture);
                builder.Append(written).Append(written.Contains('.') || written.Contains('E') ? string.Empty : ".0");
                break;
            case DateOnly date:
                builder.Append("date('").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("')");
                break;
            case IEnumerable<object?> list:
                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    builder.Append(first ? string.Empty : ", ");
                    Append(builder, item is IEnumerable<object?> ? throw new ArgumentException("Lists inside lists cannot be stored.", nameof(value)) : item);
                    first = false;
                }

                builder.Append(']');
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} ({value}) cannot be written as a Cypher literal.", nameof(value));
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                case < ' ' or '\u007f' or '\u2028' or '\u2029':
                    builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('\'');
    }
}
