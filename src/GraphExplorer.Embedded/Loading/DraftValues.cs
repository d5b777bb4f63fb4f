namespace GraphExplorer.Embedded.Loading;

internal static class DraftValues
{
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string => "a string",
        long => "an integer",
        double => "a float",
        bool => "a boolean",
        DateOnly => "a date",
        IReadOnlyList<object?> => "a list",
        _ => value.GetType().Name,
    };
}
