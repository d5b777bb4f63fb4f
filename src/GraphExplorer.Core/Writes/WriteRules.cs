using System.Globalization;
using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Writes;

/// <summary>
/// Checks a write against the graph and plans the statements that carry it out; both stores take their writes from
/// here, so a write is refused, or accepted, for the same reasons on each. A refusal is a
/// <see cref="GraphQueryException"/> with a code a program can match and the <see cref="GraphQueryException.Field"/>
/// at fault; a refused write plans nothing, so it changes nothing.
/// </summary>
public static class WriteRules
{
    public const int MaxIdLength = 200;
    public const int MaxNameLength = 500;
    public const int MaxTextLength = 5_000;
    public const int MaxAliases = 100;
    public const int MaxProperties = 100;
    public const int MaxListItems = 1_000;

    /// <summary>Keys a write sets through fields of its own, never through <c>properties</c>.</summary>
    private static readonly HashSet<string> s_reservedKeys =
    [
        PropertyNames.Id, PropertyNames.Name, PropertyNames.Aliases, PropertyNames.Description, PropertyNames.Source,
        PropertyNames.Evidence, PropertyNames.ReportedOn, PropertyNames.ValidFrom, PropertyNames.ValidTo,
        Provenance.Basis, Provenance.BasisNote, PropertyNames.Title, PropertyNames.Publisher, PropertyNames.PublishedOn,
        PropertyNames.Url, PropertyNames.RetractedOn, PropertyNames.RetractedAt, PropertyNames.RetractedBy,
        PropertyNames.RetractionReason, PropertyNames.RetractionSource,
    ];

    /// <summary>Plans <paramref name="write"/> on <paramref name="graph"/>, made at <paramref name="at"/> by <paramref name="by"/>.</summary>
    /// <exception cref="GraphQueryException">The write is refused; nothing is planned.</exception>
    public static PlannedWrite Plan(GraphWrite write, IWriteGraph graph, DateTimeOffset at, string by) => write switch
    {
        DocumentInput document => PlanDocument(document, graph),
        EntityInput entity => PlanEntity(entity, graph),
        RelationshipInput relationship => PlanRelationship(relationship, graph),
        RetractionInput retraction => PlanRetraction(retraction, graph, at, by),
        _ => throw new ArgumentOutOfRangeException(nameof(write), write, null),
    };

    private static PlannedWrite PlanDocument(DocumentInput input, IWriteGraph graph)
    {
        var existing = CheckEntityId(input.Id, EntityKind.Document, graph, "input.id");
        var title = Required(input.Title, "input.title", MaxNameLength);
        var properties = new List<KeyValuePair<string, object?>>
        {
            new(PropertyNames.Name, title),
            new(PropertyNames.Title, title),
        };
        if (existing is null)
        {
            properties.Add(new(PropertyNames.Aliases, Array.Empty<object?>()));
        }

        Optional(properties, PropertyNames.Description, input.Description, "input.description", MaxTextLength);
        Optional(properties, PropertyNames.Publisher, input.Publisher, "input.publisher", MaxNameLength);
        if (input.PublishedOn is { } published)
        {
            properties.Add(new(PropertyNames.PublishedOn, published));
            AddPrecision(properties, PropertyNames.PublishedOn, published, input.PublishedOnPrecision, "input.publishedOnPrecision");
        }
        else if (input.PublishedOnPrecision is not null)
        {
            throw BadInput("input.publishedOnPrecision", "publishedOnPrecision gives the precision of publishedOn; send publishedOn too.");
        }

        if (input.Url is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || url.Length > 2_000)
            {
                throw BadInput("input.url", $"'{Shorten(url)}' is not an absolute http or https address of at most 2000 characters.");
            }

            properties.Add(new(PropertyNames.Url, url));
        }

        var statement = WriteStatements.MergeEntity(input.Id, EntityKind.Document, properties);
        return new PlannedWrite(input.Operation, input.Id, WriteTarget.Entity, [statement], input.Id, null,
            existing is not null && Holds(existing.Properties, properties, existing));
    }

    private static PlannedWrite PlanEntity(EntityInput input, IWriteGraph graph)
    {
        if (input.Kind == EntityKind.Document)
        {
            throw BadInput("input.kind", "Documents are written with upsertDocument, which takes a title, publisher and date.");
        }

        var existing = CheckEntityId(input.Id, input.Kind, graph, "input.id");
        CheckSource(input.Source, graph, "input.source");
        var properties = new List<KeyValuePair<string, object?>>
        {
            new(PropertyNames.Name, Required(input.Name, "input.name", MaxNameLength)),
        };
        if (input.Aliases is { } aliases)
        {
            if (aliases.Count > MaxAliases)
            {
                throw BadInput("input.aliases", $"At most {MaxAliases} aliases; {aliases.Count} were sent.");
            }

            properties.Add(new(PropertyNames.Aliases, aliases.Select((a, i) => (object?)Required(a, $"input.aliases.{i}", MaxNameLength)).ToArray()));
        }
        else if (existing is null)
        {
            properties.Add(new(PropertyNames.Aliases, Array.Empty<object?>()));
        }

        Optional(properties, PropertyNames.Description, input.Description, "input.description", MaxTextLength);
        properties.Add(new(PropertyNames.Source, input.Source));
        properties.Add(new(PropertyNames.Evidence, Required(input.Evidence, "input.evidence", MaxTextLength)));
        AddFreeProperties(properties, input.Properties);
        foreach (var (figure, i) in (input.Figures ?? []).Select((f, i) => (f, i)))
        {
            AddFigure(properties, figure, input.Source, $"input.figures.{i}");
        }

        CheckConventions(properties, [], "input.properties");
        var statement = WriteStatements.MergeEntity(input.Id, input.Kind, properties);
        return new PlannedWrite(input.Operation, input.Id, WriteTarget.Entity, [statement], input.Source, null,
            existing is not null && Holds(existing.Properties, properties, existing));
    }

    private static PlannedWrite PlanRelationship(RelationshipInput input, IWriteGraph graph)
    {
        var from = graph.FindEntity(input.From) ?? throw NotFound("input.from", input.From);
        var to = graph.FindEntity(input.To) ?? throw NotFound("input.to", input.To);
        if (!RelationshipEnds.Allow(input.Type, from.Kind, to.Kind))
        {
            throw BadInput("input.type",
                $"{input.Type.ToCypher()} goes from {Kinds(RelationshipEnds.From(input.Type))} to {Kinds(RelationshipEnds.To(input.Type))}" +
                (input.Type == RelationshipType.PartOf ? " of the same kind" : string.Empty) +
                $"; '{from.Id}' is a {from.Kind.ToLabel()} and '{to.Id}' a {to.Kind.ToLabel()}.");
        }

        CheckSource(input.Source, graph, "input.source");
        var evidence = Required(input.Evidence, "input.evidence", MaxTextLength);
        if (input.ValidFrom is { } start && input.ValidTo is { } end && end < start)
        {
            throw BadInput("input.validTo", $"validTo ({end:yyyy-MM-dd}) is before validFrom ({start:yyyy-MM-dd}).");
        }

        var properties = new List<KeyValuePair<string, object?>>
        {
            new(PropertyNames.Source, input.Source),
            new(PropertyNames.Evidence, evidence),
        };
        AddDate(properties, PropertyNames.ReportedOn, input.ReportedOn, input);
        AddDate(properties, PropertyNames.ValidFrom, input.ValidFrom, input);
        AddDate(properties, PropertyNames.ValidTo, input.ValidTo, input);
        foreach (var key in input.Precisions?.Keys ?? [])
        {
            if (key is not (PropertyNames.ReportedOn or PropertyNames.ValidFrom or PropertyNames.ValidTo))
            {
                throw BadInput("input.precisions", $"'{key}' is not a date of the relationship; precisions are given for reportedOn, validFrom and validTo.");
            }
        }

        properties.Add(new(Provenance.Basis, Provenance.Spell(input.Basis)));
        AddBasisNote(properties, Provenance.BasisNote, input.Basis, input.BasisNote, "input.basisNote");
        AddFreeProperties(properties, input.Properties);
        CheckPercentage(input, properties, graph);
        CheckConventions(properties, [], "input.properties");

        var id = input.Id is { } given ? CheckRelationshipId(given, "input.id") : null;
        var same = (id ?? BaseId(input)) is var candidate && graph.FindRelationship(candidate) is { } taken ? taken : null;
        if (same is not null && !SameStatement(same, input))
        {
            if (id is not null)
            {
                throw new GraphQueryException(ErrorCodes.Conflict,
                    $"The relationship id '{id}' is taken by ({same.FromId})-[:{same.Type.ToCypher()}]->({same.ToId}) from '{same.SourceId}'; choose another id or leave it out.")
                { Field = "input.id" };
            }

            id = FreeId(candidate, input, graph, out same);
        }

        id ??= candidate;
        var statement = WriteStatements.MergeRelationship(id, input.Type, input.From, input.To, properties);
        return new PlannedWrite(input.Operation, id, WriteTarget.Relationship, [statement], input.Source, null, same is not null);
    }

    private static PlannedWrite PlanRetraction(RetractionInput input, IWriteGraph graph, DateTimeOffset at, string by)
    {
        var relationship = graph.FindRelationship(input.Id) ?? throw new GraphQueryException(
            ErrorCodes.NotFound, $"No relationship has the id '{Shorten(input.Id)}'; an entity's relationships list their ids.")
        { Field = "id" };
        var reason = Required(input.Reason, "reason", MaxTextLength);
        CheckSource(input.Source, graph, "source");
        if (relationship.RetractedOn is { } retracted)
        {
            var sameAgain = relationship.Properties.GetValueOrDefault(PropertyNames.RetractionReason) as string == reason
                && relationship.Properties.GetValueOrDefault(PropertyNames.RetractionSource) as string == input.Source;
            if (!sameAgain)
            {
                throw new GraphQueryException(ErrorCodes.Conflict,
                    $"The relationship '{input.Id}' was already retracted on {retracted:yyyy-MM-dd}: {relationship.Properties.GetValueOrDefault(PropertyNames.RetractionReason)}")
                { Field = "id" };
            }

            return new PlannedWrite(input.Operation, input.Id, WriteTarget.Relationship, [], input.Source, reason, Unchanged: true);
        }

        var properties = new List<KeyValuePair<string, object?>>
        {
            new(PropertyNames.RetractedOn, DateOnly.FromDateTime(at.UtcDateTime)),
            new(PropertyNames.RetractedAt, at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
            new(PropertyNames.RetractedBy, by),
            new(PropertyNames.RetractionReason, reason),
            new(PropertyNames.RetractionSource, input.Source),
        };
        var statement = WriteStatements.MergeRelationship(relationship.Id, relationship.Type, relationship.FromId, relationship.ToId, properties);
        return new PlannedWrite(input.Operation, input.Id, WriteTarget.Relationship, [statement], input.Source, reason, Unchanged: false);
    }

    /// <summary>A new id must be a slug; an id already held must be held by the same kind.</summary>
    private static Entity? CheckEntityId(string id, EntityKind kind, IWriteGraph graph, string field)
    {
        var existing = graph.FindEntity(id);
        if (existing is null)
        {
            CheckSlug(id, field);
        }
        else if (existing.Kind != kind)
        {
            throw new GraphQueryException(ErrorCodes.Conflict,
                $"The id '{id}' is taken by a {existing.Kind.ToLabel()} ('{existing.Name}'); an entity keeps its kind, so choose another id.")
            { Field = field };
        }

        return existing;
    }

    private static string CheckRelationshipId(string id, string field)
    {
        CheckSlug(id, field);
        return id;
    }

    private static void CheckSlug(string id, string field)
    {
        var slug = id.Length is > 0 and <= MaxIdLength && char.IsAsciiLetterLower(id[0]) || id is [>= '0' and <= '9', ..];
        slug = slug && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && !id.EndsWith('-') && !id.Contains("--", StringComparison.Ordinal);
        if (!slug)
        {
            throw BadInput(field,
                $"'{Shorten(id)}' is not an id: a new id is 1 to {MaxIdLength} lower-case letters, digits and single hyphens, such as 'bytedance-owns-tiktok'.");
        }
    }

    private static void CheckSource(string sourceId, IWriteGraph graph, string field)
    {
        if (string.IsNullOrWhiteSpace(sourceId))
        {
            throw BadInput(field, "Every statement names the document that states it: give a document id (upsertDocument adds one).");
        }

        var source = graph.FindEntity(sourceId) ?? throw NotFound(field, sourceId, "Add the document with upsertDocument first.");
        if (source.Kind != EntityKind.Document)
        {
            throw BadInput(field, $"'{sourceId}' is a {source.Kind.ToLabel()}, not a Document; a source is a document.");
        }
    }

    private static string Required(string? text, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? throw BadInput(field, $"{field} is required and cannot be blank.")
        : text.Length > maxLength ? throw BadInput(field, $"{field} has {text.Length} characters; at most {maxLength}.")
        : text;

    private static void Optional(List<KeyValuePair<string, object?>> properties, string key, string? text, string field, int maxLength)
    {
        if (text is not null)
        {
            properties.Add(new(key, Required(text, field, maxLength)));
        }
    }

    private static void AddDate(List<KeyValuePair<string, object?>> properties, string key, DateOnly? date, RelationshipInput input)
    {
        DatePrecision? precision = input.Precisions?.TryGetValue(key, out var given) == true ? given : null;
        if (date is not { } day)
        {
            if (precision is not null)
            {
                throw BadInput($"input.precisions.{key}", $"A precision is given for {key}, which is not sent.");
            }

            return;
        }

        properties.Add(new(key, day));
        AddPrecision(properties, key, day, precision, $"input.precisions.{key}");
    }

    private static void AddPrecision(List<KeyValuePair<string, object?>> properties, string key, DateOnly date, DatePrecision? precision, string field)
    {
        if (precision is not { } coarse || coarse == DatePrecision.Day)
        {
            return;
        }

        var word = coarse.ToString().ToLowerInvariant();
        if (!Provenance.IsPeriodBound(key, date, coarse))
        {
            var bound = key == PropertyNames.ValidTo ? Provenance.PeriodEnd(date, coarse) : Provenance.PeriodStart(date, coarse);
            throw BadInput(field,
                $"{key} {date:yyyy-MM-dd} at {word} precision: a date given to a {word} is written as the {(key == PropertyNames.ValidTo ? "last" : "first")} day of it ({bound:yyyy-MM-dd}).");
        }

        properties.Add(new(key + Provenance.PrecisionSuffix, word));
    }

    private static void AddBasisNote(List<KeyValuePair<string, object?>> properties, string key, Basis basis, string? note, string field)
    {
        if (basis == Basis.Stated)
        {
            Optional(properties, key, note, field, MaxTextLength);
            return;
        }

        properties.Add(new(key, Required(note, field, MaxTextLength) is var text && text.Length > 0
            ? text
            : throw BadInput(field, "A basis other than stated needs a note saying how it follows or where it comes from.")));
    }

    private static void AddFigure(List<KeyValuePair<string, object?>> properties, FigureInput figure, string source, string field)
    {
        if (figure.Name.Length is 0 or > 64 || !char.IsAsciiLetterLower(figure.Name[0]) || !figure.Name.All(char.IsAsciiLetterOrDigit))
        {
            throw BadInput($"{field}.name", $"'{Shorten(figure.Name)}' is not a figure name: lower camel case letters and digits, such as 'capex2025'.");
        }

        if (!double.IsFinite(figure.Amount))
        {
            throw BadInput($"{field}.amount", "A figure's amount is a finite number.");
        }

        properties.Add(new(figure.Name + "Amount", figure.Amount));
        Optional(properties, figure.Name + "Unit", figure.Unit, $"{field}.unit", 64);
        Optional(properties, figure.Name + "Qualifier", figure.Qualifier, $"{field}.qualifier", 64);
        if (figure.Year is { } year)
        {
            properties.Add(new(figure.Name + "Year", year is >= 1 and <= 9999 ? (long)year : throw BadInput($"{field}.year", $"{year} is not a year.")));
        }

        properties.Add(new(figure.Name + "Source", source));
        properties.Add(new(figure.Name + Provenance.BasisSuffix, Provenance.Spell(figure.Basis)));
        AddBasisNote(properties, figure.Name + Provenance.BasisNoteSuffix, figure.Basis, figure.BasisNote, $"{field}.basisNote");
    }

    private static void AddFreeProperties(List<KeyValuePair<string, object?>> properties, IReadOnlyDictionary<string, object?>? given)
    {
        if (given is null)
        {
            return;
        }

        if (given.Count > MaxProperties)
        {
            throw BadInput("input.properties", $"At most {MaxProperties} properties; {given.Count} were sent.");
        }

        foreach (var (key, value) in given.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var field = $"input.properties.{key}";
            if (!CypherLiteral.IsPlainKey(key))
            {
                throw BadInput("input.properties", $"'{Shorten(key)}' is not a property name: letters, digits and underscores, starting with a letter.");
            }

            if (s_reservedKeys.Contains(key))
            {
                throw BadInput(field, $"'{key}' is written through a field of its own, not through properties.");
            }

            properties.Add(new(key, Value(value, field)));
        }
    }

    private static object? Value(object? value, string field) => value switch
    {
        null => throw BadInput(field, "A property cannot be set to null here; leave it out."),
        string text => text.Length <= MaxTextLength ? text : throw BadInput(field, $"A text property has at most {MaxTextLength} characters."),
        bool or long or DateOnly => value,
        int number => (long)number,
        double number => double.IsFinite(number) ? number : throw BadInput(field, "A number property is finite."),
        decimal number => (double)number,
        IEnumerable<object?> list => List(list, field),
        _ => throw BadInput(field, "A property is a string, number, boolean or a list of those; maps cannot be stored."),
    };

    private static object?[] List(IEnumerable<object?> list, string field)
    {
        var items = list.Select(item => item is IEnumerable<object?>
            ? throw BadInput(field, "Lists inside lists cannot be stored as a property.")
            : Value(item, field)).ToArray();
        return items.Length <= MaxListItems ? items : throw BadInput(field, $"A list property has at most {MaxListItems} items.");
    }

    private static void CheckConventions(List<KeyValuePair<string, object?>> properties, (string Name, DateOnly? Date)[] named, string field)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            map[key] = value;
        }

        if (Provenance.Problem(map, named) is { } problem)
        {
            throw BadInput(field, problem);
        }
    }

    /// <summary>A percentage is 0–100; the direct owners of an entity together own at most all of it.</summary>
    private static void CheckPercentage(RelationshipInput input, List<KeyValuePair<string, object?>> properties, IWriteGraph graph)
    {
        var given = properties.FirstOrDefault(p => p.Key == PropertyNames.Percentage).Value;
        if (given is null)
        {
            return;
        }

        var percentage = given switch
        {
            long whole => whole,
            double part => part,
            _ => throw BadInput("input.properties.percentage", "percentage is a number from 0 to 100."),
        };
        if (percentage is < 0 or > 100)
        {
            throw BadInput("input.properties.percentage", $"percentage is {percentage.ToString(CultureInfo.InvariantCulture)}; a percentage is from 0 to 100.");
        }

        if (input.Type != RelationshipType.Owns)
        {
            return;
        }

        var held = graph.Incoming(input.To, RelationshipType.Owns)
            .Where(r => !r.IsRetracted && r.ValidTo is null && !SameStatement(r, input))
            .Sum(r => r.Properties.GetValueOrDefault(PropertyNames.Percentage) switch { long whole => whole, double part => part, _ => 0 });
        if (held + percentage > 100 + 1e-9)
        {
            throw BadInput("input.properties.percentage",
                $"'{input.To}' is already {held.ToString(CultureInfo.InvariantCulture)}% owned directly; another {percentage.ToString(CultureInfo.InvariantCulture)}% would be more than all of it. Retract or end an ownership first.");
        }
    }

    /// <summary><c>&lt;from&gt;-&lt;type in kebab case&gt;-&lt;to&gt;</c>, the seed's own id form, cut to the id length.</summary>
    private static string BaseId(RelationshipInput input)
    {
        var id = $"{input.From}-{input.Type.ToCypher().ToLowerInvariant().Replace('_', '-')}-{input.To}";
        var slug = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        slug = slug.Trim('-');
        return slug.Length <= MaxIdLength - 8 ? slug : slug[..(MaxIdLength - 8)].TrimEnd('-');
    }

    /// <summary>The first of <c>id-2</c>, <c>id-3</c>, … that is free or already holds this very statement.</summary>
    private static string FreeId(string baseId, RelationshipInput input, IWriteGraph graph, out Relationship? same)
    {
        for (var n = 2; ; n++)
        {
            var id = $"{baseId}-{n.ToString(CultureInfo.InvariantCulture)}";
            var taken = graph.FindRelationship(id);
            if (taken is null || SameStatement(taken, input))
            {
                same = taken;
                return id;
            }
        }
    }

    /// <summary>Whether the relationship is this statement already: the same type and ends, said by the same source in the same words.</summary>
    private static bool SameStatement(Relationship relationship, RelationshipInput input) =>
        relationship.Type == input.Type && relationship.FromId == input.From && relationship.ToId == input.To
        && relationship.SourceId == input.Source && relationship.Evidence == input.Evidence;

    /// <summary>Whether an entity already holds every property the write would set, so writing it again changes nothing.</summary>
    private static bool Holds(IReadOnlyDictionary<string, object?> held, List<KeyValuePair<string, object?>> properties, Entity entity) =>
        properties.All(p => p.Key switch
        {
            PropertyNames.Name => entity.Name == p.Value as string,
            PropertyNames.Description => entity.Description == p.Value as string,
            PropertyNames.Aliases => p.Value is object?[] aliases && aliases.Cast<string>().SequenceEqual(entity.Aliases),
            _ => held.TryGetValue(p.Key, out var value) && ValueEquals(value, p.Value),
        });

    private static bool ValueEquals(object? held, object? given) => (held, given) switch
    {
        (IEnumerable<object?> a, IEnumerable<object?> b) => a.SequenceEqual(b),
        _ => Equals(held, given),
    };

    private static string Kinds(IReadOnlyList<EntityKind> kinds) =>
        kinds.Count == EntityKinds.All.Count ? "any kind" : string.Join(" or ", kinds.Select(k => k.ToLabel()));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static GraphQueryException BadInput(string field, string message) =>
        new(ErrorCodes.BadUserInput, message) { Field = field };

    private static GraphQueryException NotFound(string field, string id, string? hint = null) =>
        new(ErrorCodes.NotFound, $"No entity has the id '{Shorten(id)}'. {hint ?? "Use search(text:) to find an entity's id."}") { Field = field };
}
