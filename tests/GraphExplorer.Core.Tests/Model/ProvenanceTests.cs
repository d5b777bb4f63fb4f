using GraphExplorer.Core.Model;
using GraphExplorer.Core.Store;

namespace GraphExplorer.Core.Tests.Model;

public sealed class ProvenanceTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Dictionary<string, object?> Props(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static Relationship WithProperties(params (string Key, object? Value)[] pairs) =>
        new("r", RelationshipType.Supplies, "a", "b", "doc", "It says so.", D(2025, 1, 23), null, null, Props(pairs));

    [Theory]
    [InlineData("stated", Basis.Stated)]
    [InlineData("implied", Basis.Implied)]
    [InlineData("outside", Basis.Outside)]
    public void The_three_words_read_as_bases_and_spell_back(string word, Basis basis)
    {
        Provenance.ParseBasis(word).ShouldBe(basis);
        Provenance.Spell(basis).ShouldBe(word);
        WithProperties(("basis", word)).Basis.ShouldBe(basis);
    }

    [Theory]
    [InlineData("Stated")]
    [InlineData("title")]
    [InlineData("")]
    public void Anything_else_is_no_basis(string word)
    {
        Provenance.ParseBasis(word).ShouldBeNull();
        WithProperties(("basis", word)).Basis.ShouldBeNull();
    }

    [Fact]
    public void A_basis_that_is_not_text_or_missing_is_no_basis()
    {
        WithProperties(("basis", 1L)).Basis.ShouldBeNull();
        WithProperties().Basis.ShouldBeNull();
    }

    [Theory]
    [InlineData("day", DatePrecision.Day)]
    [InlineData("week", DatePrecision.Week)]
    [InlineData("month", DatePrecision.Month)]
    [InlineData("year", DatePrecision.Year)]
    public void A_precision_is_read_beside_its_date(string word, DatePrecision precision)
    {
        Provenance.ParsePrecision(word).ShouldBe(precision);
        WithProperties(("validToPrecision", word)).PrecisionOf("validTo").ShouldBe(precision);
    }

    [Fact]
    public void A_date_without_a_precision_is_to_the_day_and_an_unknown_word_is_none()
    {
        WithProperties().PrecisionOf("validTo").ShouldBe(DatePrecision.Day);
        WithProperties(("validToPrecision", "fortnight")).PrecisionOf("validTo").ShouldBeNull();
        WithProperties(("validToPrecision", 7L)).PrecisionOf("validTo").ShouldBeNull();
    }

    [Theory]
    [InlineData("2025-01-13", DatePrecision.Week, "2025-01-13", "2025-01-19", "2025-W03")] // a Monday
    [InlineData("2025-01-19", DatePrecision.Week, "2025-01-13", "2025-01-19", "2025-W03")] // its Sunday
    [InlineData("2024-12-30", DatePrecision.Week, "2024-12-30", "2025-01-05", "2025-W01")] // ISO week 1 starts in December
    [InlineData("2024-12-17", DatePrecision.Month, "2024-12-01", "2024-12-31", "2024-12")]
    [InlineData("2024-02-10", DatePrecision.Month, "2024-02-01", "2024-02-29", "2024-02")] // leap year
    [InlineData("2023-06-15", DatePrecision.Year, "2023-01-01", "2023-12-31", "2023")]
    [InlineData("2025-01-22", DatePrecision.Day, "2025-01-22", "2025-01-22", "2025-01-22")]
    public void A_date_stands_for_the_period_of_its_precision(string date, DatePrecision precision, string start, string end, string text)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var dated = DatedProperty.Of("issuedOn", day, precision);

        dated.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        dated.End.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        dated.Text.ShouldBe(text);
        dated.Precision.ShouldBe(precision);
        dated.Date.ShouldBe(day);
    }

    [Fact]
    public void A_period_is_stored_as_its_first_day_except_validTo_as_its_last()
    {
        Provenance.IsPeriodBound("validFrom", D(2025, 1, 13), DatePrecision.Week).ShouldBeTrue();
        Provenance.IsPeriodBound("validFrom", D(2025, 1, 19), DatePrecision.Week).ShouldBeFalse();
        Provenance.IsPeriodBound("validTo", D(2025, 1, 19), DatePrecision.Week).ShouldBeTrue();
        Provenance.IsPeriodBound("validTo", D(2025, 1, 13), DatePrecision.Week).ShouldBeFalse();
        Provenance.IsPeriodBound("publishedOn", D(2024, 12, 1), DatePrecision.Month).ShouldBeTrue();
        Provenance.IsPeriodBound("publishedOn", D(2024, 12, 2), DatePrecision.Month).ShouldBeFalse();
        Provenance.IsPeriodBound("validTo", D(2023, 12, 31), DatePrecision.Year).ShouldBeTrue();
        Provenance.IsPeriodBound("reportedOn", D(2025, 1, 23), DatePrecision.Day).ShouldBeTrue();
    }

    [Fact]
    public void A_relationship_valid_to_a_week_holds_through_that_weeks_Sunday_and_ends_after_it()
    {
        var leasing = new Relationship("r", RelationshipType.Supplies, "a", "b", null, null, null, null, D(2025, 1, 19),
            Props(("validToPrecision", "week")));

        leasing.HoldsOn(D(2025, 1, 19)).ShouldBeTrue();
        leasing.HoldsOn(D(2025, 1, 20)).ShouldBeFalse();
        leasing.StatusOn(D(2025, 1, 20)).ShouldBe(RelationshipStatus.Ended);
    }

    [Fact]
    public void Dates_list_the_named_dates_and_every_dated_property_by_name_with_their_precision()
    {
        var dates = Provenance.Dates(
            Props(("issuedOn", D(2025, 1, 13)), ("issuedOnPrecision", "week"), ("name", "rules"), ("citedReportedOn", D(2024, 12, 1)),
                ("citedReportedOnPrecision", "month")),
            ("reportedOn", D(2025, 1, 23)), ("validFrom", null));

        dates.Select(d => (d.Name, d.Precision, d.Text)).ShouldBe(
        [
            ("citedReportedOn", DatePrecision.Month, "2024-12"),
            ("issuedOn", DatePrecision.Week, "2025-W03"),
            ("reportedOn", DatePrecision.Day, "2025-01-23"),
        ]);
    }

    [Fact]
    public void Aliases_are_stated_unless_listed_as_implied_or_outside()
    {
        var entity = new Entity("doubao", EntityKind.Product, "Doubao", ["Doubao chatbot", "豆包", "Doubao app"], null,
            Props(("impliedAliases", new List<object?> { "Doubao chatbot" }), ("outsideAliases", new List<object?> { "豆包" })));

        Provenance.AliasBases(entity).ShouldBe(
        [
            ("Doubao chatbot", Basis.Implied),
            ("豆包", Basis.Outside),
            ("Doubao app", Basis.Stated),
        ]);
    }

    [Fact]
    public void Property_bases_list_the_marked_properties_with_their_notes_and_leave_figures_to_the_figure()
    {
        var bases = Provenance.PropertyBases(Props(
            ("country", "China"), ("countryBasis", "outside"), ("countryBasisNote", "Background knowledge."),
            ("nameBasis", "implied"), ("nameBasisNote", "A label we wrote."),
            ("capex2025Amount", 1L), ("capex2025Basis", "stated"),
            ("valuationSetBy", "a buyback"), ("oddBasis", "maybe"), ("Basis", "implied")));

        bases.ShouldBe(
        [
            new PropertyBasis("country", Basis.Outside, "Background knowledge."),
            new PropertyBasis("name", Basis.Implied, "A label we wrote."),
        ]);
    }

    [Fact]
    public void A_figure_carries_its_basis_and_note_and_they_are_not_details()
    {
        var figure = Figure.Of(Props(
            ("purchaseAmount", 7_000_000_000L), ("purchaseUnit", "USD"), ("purchaseBasis", "implied"),
            ("purchaseBasisNote", "The buyer is read from the context."), ("purchaseWhere", "outside China"))).Single();

        figure.Basis.ShouldBe(Basis.Implied);
        figure.BasisNote.ShouldBe("The buyer is read from the context.");
        figure.Details.Keys.ShouldBe(["where"]);
        Figure.Of(Props(("usersAmount", 5L))).Single().Basis.ShouldBeNull();
    }

    [Fact]
    public void A_basis_filter_admits_only_relationships_on_those_bases_and_none_without_a_basis()
    {
        var filter = new RelationshipFilter(Direction.Both, null, 10) { Bases = new HashSet<Basis> { Basis.Stated, Basis.Implied } };

        filter.Admits(WithProperties(("basis", "stated"))).ShouldBeTrue();
        filter.Admits(WithProperties(("basis", "implied"))).ShouldBeTrue();
        filter.Admits(WithProperties(("basis", "outside"))).ShouldBeFalse();
        filter.Admits(WithProperties()).ShouldBeFalse();
        new RelationshipFilter(Direction.Both, null, 10).Admits(WithProperties()).ShouldBeTrue();
        new RelationshipFilter(Direction.Both, null, 10) { Bases = new HashSet<Basis>() }.Admits(WithProperties()).ShouldBeTrue();
    }

    [Fact]
    public void A_basis_filter_and_a_date_filter_must_both_admit()
    {
        var filter = new RelationshipFilter(Direction.Both, null, 10) { Bases = new HashSet<Basis> { Basis.Stated }, AsOf = D(2025, 1, 22) };

        filter.Admits(WithProperties(("basis", "stated"))).ShouldBeFalse(); // reported on 2025-01-23
        (filter with { AsOf = D(2025, 1, 23) }).Admits(WithProperties(("basis", "stated"))).ShouldBeTrue();
        (filter with { AsOf = D(2025, 1, 23) }).Admits(WithProperties(("basis", "outside"))).ShouldBeFalse();
    }

    [Fact]
    public void A_basis_view_shows_only_relationships_on_its_bases_and_none_without_one()
    {
        var stated = WithProperties(("basis", "stated")) with { Id = "s" };
        var outside = WithProperties(("basis", "outside")) with { Id = "o" };
        var unknown = WithProperties() with { Id = "u" };
        var graph = new Relationships([stated, outside, unknown]);

        var view = GraphExplorer.Core.Traversal.BasisView.Of(graph, new HashSet<Basis> { Basis.Stated, Basis.Implied });

        view.RelationshipsOf("a", Direction.Both, null).Select(r => r.Id).ShouldBe(["s"]);
        GraphExplorer.Core.Traversal.BasisView.Of(graph, null).ShouldBeSameAs(graph);
        GraphExplorer.Core.Traversal.BasisView.Of(graph, new HashSet<Basis>()).ShouldBeSameAs(graph);
    }

    [Fact]
    public void Property_bases_come_in_property_order_whatever_order_they_were_written_in()
    {
        var bases = Provenance.PropertyBases(Props(
            ("nameBasis", "implied"), ("nameBasisNote", "A label."), ("countryBasis", "outside"), ("countryBasisNote", "Geography.")));

        bases.Select(b => b.Property).ShouldBe(["country", "name"]);
    }

    [Fact]
    public void Properties_that_keep_the_conventions_have_no_problem()
    {
        Provenance.Problem(Props(
            ("basis", "implied"), ("countryBasis", "outside"), ("issuedOn", D(2025, 1, 13)), ("issuedOnPrecision", "week"),
            ("Precision", "any text"), ("note", "free text")),
            ("validTo", D(2025, 1, 19)), ("validFrom", null)).ShouldBeNull();
        Provenance.Problem(Props(("validToPrecision", "week")), ("validTo", D(2025, 1, 19))).ShouldBeNull();
    }

    [Theory]
    [InlineData("basis", 1L, "'basis' is Int64; a basis is one of 'stated', 'implied', 'outside'.")]
    [InlineData("nameBasis", "Implied", "'nameBasis' is 'Implied'; a basis is one of 'stated', 'implied', 'outside'.")]
    [InlineData("issuedOnPrecision", null, "'issuedOnPrecision' is null; a precision is one of 'day', 'week', 'month', 'year'.")]
    [InlineData("publishedOnPrecision", "month", "'publishedOnPrecision' gives the precision of 'publishedOn', which is not a date here.")]
    public void A_property_that_breaks_the_conventions_says_how(string key, object? value, string problem)
    {
        Provenance.Problem(Props((key, value))).ShouldBe(problem);
    }

    [Fact]
    public void A_coarse_date_off_its_bound_names_the_day_it_should_be()
    {
        Provenance.Problem(Props(("inForceFrom", D(2023, 6, 1)), ("inForceFromPrecision", "year")))
            .ShouldBe("'inForceFrom' is 2023-06-01 at year precision; a date given to a year is stored as the first day of that year (2023-01-01).");
        Provenance.Problem(Props(("validToPrecision", "month")), ("validTo", D(2024, 12, 1)))
            .ShouldBe("'validTo' is 2024-12-01 at month precision; a date given to a month is stored as the last day of that month (2024-12-31).");
    }

    private sealed class Relationships(IReadOnlyList<Relationship> all) : GraphExplorer.Core.Traversal.IGraphView
    {
        public Entity? Find(string id) => null;

        public IEnumerable<Relationship> RelationshipsOf(string id, Direction direction, IReadOnlySet<RelationshipType>? types) => all;
    }
}
