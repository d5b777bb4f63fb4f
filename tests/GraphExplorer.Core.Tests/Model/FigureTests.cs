using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Model;

public sealed class FigureTests
{
    [Fact]
    public void Figures_are_read_from_the_properties_that_share_a_name_and_keep_a_longer_name_apart()
    {
        var properties = new Dictionary<string, object?>
        {
            ["capex2025Amount"] = 150_000_000_000L,
            ["capex2025Unit"] = "CNY",
            ["capex2025Qualifier"] = "more than",
            ["capex2025Year"] = 2025L,
            ["capex2025Source"] = "doc-a",
            ["capex2025Purpose"] = "mainly AI",
            ["capex2025UsdAmount"] = 20.6e9,
            ["capex2025UsdUnit"] = "USD",
            ["usersAmount"] = 75_000_000,
            ["usersCitedSource"] = "doc-b",
            ["listed"] = false,
            ["Amount"] = 1L,
            ["textAmount"] = "many",
        };

        var figures = Figure.Of(properties);

        figures.Select(f => f.Name).ShouldBe(["capex2025", "capex2025Usd", "users"]);
        var capex = figures[0];
        capex.Amount.ShouldBe(150_000_000_000d);
        capex.Unit.ShouldBe("CNY");
        capex.Qualifier.ShouldBe("more than");
        capex.Year.ShouldBe(2025);
        capex.SourceId.ShouldBe("doc-a");
        capex.CitedSourceId.ShouldBeNull();
        capex.Details.ShouldBe(new Dictionary<string, object?> { ["purpose"] = "mainly AI" });
        figures[1].Unit.ShouldBe("USD");
        figures[1].Details.ShouldBeEmpty();
        figures[2].Amount.ShouldBe(75_000_000d);
        figures[2].CitedSourceId.ShouldBe("doc-b");
        figures[2].Year.ShouldBeNull();
    }
}
