namespace GraphExplorer.Neo4j.Protocol;

/// <summary>One row of a result: values in the order of the result's fields.</summary>
public sealed class Neo4jRecord(IReadOnlyList<string> fields, IReadOnlyList<object?> values)
{
    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<object?> Values { get; } = values;

    public object? this[int index] => Values[index];

    public object? this[string field]
    {
        get
        {
            for (var i = 0; i < Fields.Count; i++)
            {
                if (Fields[i] == field)
                {
                    return Values[i];
                }
            }

            throw new KeyNotFoundException($"The result has no field '{field}'; it has {string.Join(", ", Fields)}.");
        }
    }

    /// <summary>The value of <paramref name="field"/> as <typeparamref name="T"/>; fails with the actual type named.</summary>
    public T Get<T>(string field) => this[field] switch
    {
        T value => value,
        null when default(T) is null => default!,
        var other => throw new InvalidCastException(
            $"Field '{field}' holds {(other is null ? "null" : other.GetType().Name)}, not {typeof(T).Name}."),
    };
}
