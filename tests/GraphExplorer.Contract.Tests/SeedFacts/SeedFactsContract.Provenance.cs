using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>
/// The graph says how it knows each statement, at the precision the document gives, in its own words:
/// checked against the loaded store (so on Neo4j as on the embedded store) and the seed document itself.
/// </summary>
public abstract partial class SeedFactsContract
{
    /// <summary>Eight words in a row copied from the document is quoting, not saying it in our words.</summary>
    public const int CopiedRunLength = 8;

    private static readonly Regex s_speaksOfWeek = new(@"\bweek\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A month named without a day after it ("in December 2024", "a Reuters report in September"), or "month".
    private static readonly Regex s_speaksOfMonth = new(
        @"\b(?:month|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{1,2}\b))",
        RegexOptions.CultureInvariant);

    private static readonly HashSet<string> s_namingKeys = new(StringComparer.Ordinal)
    {
        PropertyNames.Title, Provenance.ImpliedAliases, Provenance.OutsideAliases,
    };

    [Fact]
    public async Task Every_relationship_says_how_it_is_known()
    {
        var (_, relationships) = await WholeGraphAsync();
        var problems = new List<string>();
        foreach (var relationship in relationships)
        {
            var raw = relationship.Properties.GetValueOrDefault(Provenance.Basis);
            if (relationship.Basis is not { } basis)
            {
                problems.Add($"{relationship.Id}: basis is {Show(raw)}, not one of stated, implied, outside");
            }
            else if (basis != Basis.Stated && string.IsNullOrWhiteSpace(relationship.Properties.GetValueOrDefault(Provenance.BasisNote) as string))
            {
                problems.Add($"{relationship.Id}: basis {basis} without a basisNote saying how it follows or where it comes from");
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_figure_says_how_it_is_known()
    {
        var (entities, relationships) = await WholeGraphAsync();
        var problems = new List<string>();
        var owners = entities.Select(e => (e.Id, e.Properties)).Concat(relationships.Select(r => (r.Id, r.Properties))).ToList();
        foreach (var (owner, properties) in owners)
        {
            foreach (var figure in Figure.Of(properties))
            {
                if (figure.Basis is not { } basis)
                {
                    problems.Add($"{owner}.{figure.Name}: no {figure.Name}Basis of stated, implied or outside");
                }
                else if (basis != Basis.Stated && string.IsNullOrWhiteSpace(figure.BasisNote))
                {
                    problems.Add($"{owner}.{figure.Name}: basis {basis} without {figure.Name}BasisNote");
                }
            }
        }

        owners.SelectMany(o => Figure.Of(o.Properties)).ShouldNotBeEmpty();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Aliases_and_properties_not_stated_are_marked_with_a_reason()
    {
        var (entities, _) = await WholeGraphAsync();
        var problems = new List<string>();
        foreach (var entity in entities)
        {
            foreach (var key in new[] { Provenance.ImpliedAliases, Provenance.OutsideAliases })
            {
                var listed = entity.Properties.GetValueOrDefault(key) as IEnumerable<object?> ?? [];
                problems.AddRange(listed.Where(alias => !entity.Aliases.Contains(alias as string ?? ""))
                    .Select(alias => $"{entity.Id}.{key} lists {Show(alias)}, which is not among its aliases"));
                if (listed.Any() && string.IsNullOrWhiteSpace(entity.Properties.GetValueOrDefault(Provenance.AliasesBasisNote) as string))
                {
                    problems.Add($"{entity.Id}: {key} without an {Provenance.AliasesBasisNote}");
                }
            }

            foreach (var (key, value) in entity.Properties.Where(p => p.Key.EndsWith(Provenance.BasisSuffix, StringComparison.Ordinal)))
            {
                var property = key[..^Provenance.BasisSuffix.Length];
                if (value is not string text || Provenance.ParseBasis(text) is null)
                {
                    problems.Add($"{entity.Id}.{key} is {Show(value)}, not one of stated, implied, outside");
                }
                else if (!IsMarkable(entity, property))
                {
                    problems.Add($"{entity.Id}.{key} marks '{property}', which the entity does not have");
                }
            }

            problems.AddRange(Provenance.PropertyBases(entity.Properties).Where(p => string.IsNullOrWhiteSpace(p.Note))
                .Select(p => $"{entity.Id}.{p.Property}: basis {p.Basis} without {p.Property}{Provenance.BasisNoteSuffix}"));
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_date_has_a_precision_and_stands_for_its_period()
    {
        var (entities, relationships) = await WholeGraphAsync();
        var problems = new List<string>();
        foreach (var (owner, properties, dates) in AllDates(entities, relationships))
        {
            foreach (var date in dates)
            {
                var recorded = properties.GetValueOrDefault(date.Name + Provenance.PrecisionSuffix);
                if (recorded is not string text || Provenance.ParsePrecision(text) is null)
                {
                    problems.Add($"{owner}.{date.Name}: {date.Name}{Provenance.PrecisionSuffix} is {Show(recorded)}, not one of day, week, month, year");
                }
                else if (!Provenance.IsPeriodBound(date.Name, date.Date, date.Precision))
                {
                    problems.Add($"{owner}.{date.Name} is {date.Date:yyyy-MM-dd}, not the {(date.Name == PropertyNames.ValidTo ? "last" : "first")} day of its {date.Precision} {date.Text}");
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task No_day_precise_date_where_the_words_speak_of_a_week_or_a_month()
    {
        var (entities, relationships) = await WholeGraphAsync();
        var worded = relationships.Select(r => (r.Id, Words: r.Evidence ?? "", Dates: r.Dates()))
            .Concat(entities.Select(e => (e.Id, Words: e.Description ?? "", Dates: Provenance.Dates(e.Properties))));
        var problems = new List<string>();
        foreach (var (owner, words, dates) in worded)
        {
            // reportedOn is the day the source itself appeared; what the words date is everything else.
            var eventDates = dates.Where(d => d.Name != PropertyNames.ReportedOn).ToList();
            foreach (var (speaks, coarsest) in new[] { (s_speaksOfWeek, DatePrecision.Week), (s_speaksOfMonth, DatePrecision.Month) })
            {
                if (speaks.Match(words) is { Success: true } match)
                {
                    problems.AddRange(eventDates.Where(d => d.Precision == DatePrecision.Day)
                        .Select(d => $"{owner}.{d.Name} is to the day ({d.Text}), but its words speak of \"{match.Value}\" (at most {coarsest} precise): \"{words}\""));
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Evidence_descriptions_and_notes_say_it_in_our_words()
    {
        var copied = new CopiedWords(await File.ReadAllTextAsync(RepositoryPaths.SeedDocument(), TestContext.Current.CancellationToken), CopiedRunLength);
        var (entities, relationships) = await WholeGraphAsync();
        var texts = relationships.SelectMany(r => OurWords(r.Id, r.Properties).Append((Where: r.Id + ".evidence", Text: r.Evidence ?? "")))
            .Concat(entities.SelectMany(e => OurWords(e.Id, e.Properties).Append((Where: e.Id + ".description", Text: e.Description ?? ""))));
        var problems = texts
            .Select(t => (t.Where, Run: copied.FirstCopiedRun(t.Text), t.Text))
            .Where(t => t.Run is not null)
            .Select(t => $"{t.Where} copies \"{t.Run}\" from the document: \"{t.Text}\"")
            .ToList();

        problems.ShouldBeEmpty();
    }

    /// <summary>
    /// docs/seed-notes.md lists every statement the article does not state, with its reason, exactly as the graph
    /// holds them. <c>GRAPHEXPLORER_UPDATE_SEED_NOTES=1</c> rewrites that table from the graph instead.
    /// </summary>
    [Fact]
    public async Task The_seed_notes_list_every_statement_that_is_not_stated()
    {
        var (entities, relationships) = await WholeGraphAsync();
        var table = NotStatedTable(entities, relationships);
        var path = RepositoryPaths.SeedNotes();
        var notes = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var start = notes.IndexOf(NotStatedStart, StringComparison.Ordinal);
        var end = notes.IndexOf(NotStatedEnd, StringComparison.Ordinal);
        (start >= 0 && end > start).ShouldBeTrue($"{path} has no {NotStatedStart} … {NotStatedEnd} section");
        var written = notes[(start + NotStatedStart.Length)..end].Trim('\n');

        if (Environment.GetEnvironmentVariable("GRAPHEXPLORER_UPDATE_SEED_NOTES") == "1")
        {
            await File.WriteAllTextAsync(path, notes[..(start + NotStatedStart.Length)] + "\n" + table + "\n" + notes[end..], TestContext.Current.CancellationToken);
            return;
        }

        written.ShouldBe(table, "docs/seed-notes.md is out of step with the graph; rerun with GRAPHEXPLORER_UPDATE_SEED_NOTES=1 and review the change");
    }

    private const string NotStatedStart = "<!-- not-stated table: written from the graph by the seed checks -->";
    private const string NotStatedEnd = "<!-- end of not-stated table -->";

    /// <summary>Every statement of the graph that is not STATED: relationships, figures, marked properties and aliases.</summary>
    public static string NotStatedTable(IReadOnlyList<Entity> entities, IReadOnlyList<Relationship> relationships)
    {
        var rows = new List<(string Statement, Basis Basis, string Reason)>();
        foreach (var entity in entities)
        {
            var aliasNote = entity.Properties.GetValueOrDefault(Provenance.AliasesBasisNote) as string ?? "";
            rows.AddRange(Provenance.AliasBases(entity).Where(a => a.Basis != Basis.Stated)
                .Select(a => ($"`{entity.Id}` alias “{a.Alias}”", a.Basis, aliasNote)));
            rows.AddRange(Provenance.PropertyBases(entity.Properties)
                .Select(p => ($"`{entity.Id}.{p.Property}`", p.Basis, p.Note ?? "")));
            rows.AddRange(Figure.Of(entity.Properties).Where(f => f.Basis is not null and not Basis.Stated)
                .Select(f => ($"`{entity.Id}` figure `{f.Name}`", f.Basis!.Value, f.BasisNote ?? "")));
        }

        foreach (var relationship in relationships)
        {
            if (relationship.Basis is { } basis and not Basis.Stated)
            {
                rows.Add(($"`{relationship.Id}`", basis, relationship.Properties.GetValueOrDefault(Provenance.BasisNote) as string ?? ""));
            }

            rows.AddRange(Figure.Of(relationship.Properties).Where(f => f.Basis is not null and not Basis.Stated)
                .Select(f => ($"`{relationship.Id}` figure `{f.Name}`", f.Basis!.Value, f.BasisNote ?? "")));
        }

        var lines = rows
            .OrderBy(r => r.Basis == Basis.Outside ? 0 : 1)
            .ThenBy(r => r.Statement, StringComparer.Ordinal)
            .Select(r => $"| {r.Statement} | {r.Basis.ToString().ToUpperInvariant()} | {r.Reason.Replace("|", "\\|", StringComparison.Ordinal)} |");
        return string.Join('\n', ["| statement | basis | why |", "| --- | --- | --- |", .. lines]);
    }

    private async Task<(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)> WholeGraphAsync()
    {
        var store = await OpenStoreAsync();
        var ct = TestContext.Current.CancellationToken;
        var page = await store.ListEntitiesAsync(new EntityListQuery(null, 500, null), ct);
        page.HasNextPage.ShouldBeFalse();
        var all = await store.GetRelationshipsAsync(
            page.Entities.Select(e => e.Id).ToList(), new RelationshipFilter(Direction.Out, null, ManyRelationships), ct);
        var relationships = all.ByEntity.Values.SelectMany(r => r).ToList();
        relationships.ShouldNotBeEmpty();
        return (page.Entities, relationships);
    }

    private static IEnumerable<(string Owner, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<DatedProperty> Dates)> AllDates(
        IReadOnlyList<Entity> entities, IReadOnlyList<Relationship> relationships) =>
        entities.Select(e => (e.Id, e.Properties, Provenance.Dates(e.Properties)))
            .Concat(relationships.Select(r => (r.Id, r.Properties, r.Dates())));

    // Every text property is ours to word, except the names and titles the document gives, which are quoted on purpose.
    private static IEnumerable<(string Where, string Text)> OurWords(string owner, IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(p => p.Value is string && !s_namingKeys.Contains(p.Key))
            .Select(p => ($"{owner}.{p.Key}", (string)p.Value!));

    // A name, the description, a property the entity has, or a figure (whose basis the figure check reads).
    private static bool IsMarkable(Entity entity, string property) =>
        property is PropertyNames.Name or PropertyNames.Description
        || entity.Properties.ContainsKey(property)
        || entity.Properties.ContainsKey(property + "Amount");
}
