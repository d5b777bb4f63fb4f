using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GraphExplorer.Browser.Tests;

/// <summary>The explorer at /explore and the IDE at /graphql, used in Chromium as a person would.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ExplorerTests(BrowserFixture browser)
{
    private static async Task<int> DrawnAsync(IPage page, string what = "nodes") =>
        int.Parse(await page.Locator("#graph").GetAttributeAsync($"data-{what}") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task WaitForViewAsync(IPage page, string view) =>
        await page.WaitForSelectorAsync($"body[data-view=\"{view}\"]", new PageWaitForSelectorOptions { Timeout = 15_000 });

    private static ILocator Suggestions(IPage page, string listName) =>
        page.GetByRole(AriaRole.Listbox, new PageGetByRoleOptions { Name = listName }).GetByRole(AriaRole.Option);

    private static async Task ChooseAsync(IPage page, string searchName, string text, string option)
    {
        var search = page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = searchName });
        await search.FillAsync(text);
        var list = searchName.StartsWith("Search path", StringComparison.Ordinal) ? "Path target results" : "Search results";
        await Suggestions(page, list).First.Filter(new LocatorFilterOptions { HasText = option }).WaitForAsync();

        await search.PressAsync("Enter");
    }

    /// <summary>Polls from the test side: the pages' CSP forbids the eval that Playwright's WaitForFunction needs.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within 20 s: {what}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static async Task NoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})").ToList();
        serious.ShouldBeEmpty();
    }

    [Fact]
    public async Task Searching_an_alias_draws_the_entity_and_its_details_and_expanding_adds_neighbours()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync("/explore", errors);

        var search = page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Search entities" });
        await search.FillAsync("Bitbeat");
        var option = Suggestions(page, "Search results").First;
        (await option.InnerTextAsync()).ShouldContain("ByteDance");
        (await option.InnerTextAsync()).ShouldContain("alias");
        await search.PressAsync("Enter");
        await WaitForViewAsync(page, "?focus=bytedance");

        var details = page.GetByRole(AriaRole.Complementary, new PageGetByRoleOptions { Name = "Details" });
        await details.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = "ByteDance" }).WaitForAsync();
        (await details.InnerTextAsync()).ShouldContain("Bitbeat");
        (await details.InnerTextAsync()).ShouldContain("CNY");
        // What the source does not state says so: ByteDance's listing follows from "private company".
        (await details.InnerTextAsync()).ShouldContain("listed: implied by the source. The article calls ByteDance a private company.");
        var drawn = await DrawnAsync(page);
        drawn.ShouldBeGreaterThan(5);
        page.Url.ShouldEndWith("/explore?focus=bytedance");

        // Documents and MENTIONS stay hidden until asked for.
        (await page.Locator("#type-filter").InnerTextAsync()).ShouldNotContain("MENTIONS");

        // A relationship's evidence and source, reached from the details panel by keyboard or click.
        await details.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Nvidia SUPPLIES ByteDance" }).First.ClickAsync();
        await details.GetByText("Evidence").WaitForAsync();
        (await details.InnerTextAsync()).ShouldContain("Reuters");
        (await details.InnerTextAsync()).ShouldContain("How it is known");

        // Expanding Nvidia (chosen from the relationship's ends) adds its neighbours and keeps what was drawn.
        await details.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Nvidia", Exact = true }).ClickAsync();
        await details.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = "Nvidia", Exact = true }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Expand selected" }).ClickAsync();
        await EventuallyAsync(async () => await DrawnAsync(page) > drawn, "expanding Nvidia draws more entities");
        page.Url.ShouldEndWith("/explore?focus=bytedance&expanded=nvidia");

        // Another entity, chosen by keyboard from the search.
        await ChooseAsync(page, "Search entities", "TikTok", "TikTok");
        await WaitForViewAsync(page, "?focus=tiktok");

        await NoSeriousViolationsAsync(page);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_mode_answers_its_question_and_an_address_restores_the_view()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync("/explore?focus=bytedance&mode=supply&asOf=2025-01-23", errors);
        await WaitForViewAsync(page, "?focus=bytedance&mode=supply&asOf=2025-01-23");
        var details = page.GetByRole(AriaRole.Complementary, new PageGetByRoleOptions { Name = "Details" });

        (await page.Locator("#mode").InputValueAsync()).ShouldBe("supply");
        (await page.Locator("#as-of").InputValueAsync()).ShouldBe("2025-01-23");
        var suppliers = await details.InnerTextAsync();
        suppliers.ShouldContain("tier 1");
        suppliers.ShouldContain("Huawei Technologies");
        suppliers.ShouldContain("Microsoft");

        // Keeping to what the sources state leaves only the supplier the article names in so many words.
        await page.GetByLabel("Only what the sources state").CheckAsync();
        await WaitForViewAsync(page, "?focus=bytedance&mode=supply&asOf=2025-01-23&stated=1");
        await EventuallyAsync(async () => !(await details.InnerTextAsync()).Contains("Huawei Technologies"), "the stated view drops the implied suppliers");
        (await details.InnerTextAsync()).ShouldContain("tier 1: Microsoft");
        await page.GetByLabel("Only what the sources state").UncheckAsync();
        await WaitForViewAsync(page, "?focus=bytedance&mode=supply&asOf=2025-01-23");

        await page.Locator("#mode").SelectOptionAsync("exposure");
        await WaitForViewAsync(page, "?focus=bytedance&mode=exposure&asOf=2025-01-23");
        (await details.InnerTextAsync()).ShouldContain("U.S. AI chip export rules of January 2025");

        await page.GoBackAsync();
        await WaitForViewAsync(page, "?focus=bytedance&mode=supply&asOf=2025-01-23");
        (await page.Locator("#mode").InputValueAsync()).ShouldBe("supply");

        await page.GotoAsync("/explore?focus=tiktok&mode=owners");
        await WaitForViewAsync(page, "?focus=tiktok&mode=owners");
        (await details.InnerTextAsync()).ShouldContain("ByteDance");
        (await details.InnerTextAsync()).ShouldContain("depth 1, ultimate");

        await page.GotoAsync("/explore?focus=nvidia&mode=paths");
        await ChooseAsync(page, "Search path target", "TikTok", "TikTok");
        await WaitForViewAsync(page, "?focus=nvidia&mode=paths&to=tiktok");
        (await details.InnerTextAsync()).ShouldContain("Nvidia → ByteDance → TikTok");
        (await DrawnAsync(page, "highlighted")).ShouldBeGreaterThanOrEqualTo(2);

        await NoSeriousViolationsAsync(page);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_view_exports_as_png_svg_and_json()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync("/explore?focus=tiktok", errors);
        await WaitForViewAsync(page, "?focus=tiktok");

        foreach (var (button, name) in new[] { ("Export PNG", "graphexplorer.png"), ("Export SVG", "graphexplorer.svg"), ("Export JSON", "graphexplorer.json") })
        {
            var download = await page.RunAndWaitForDownloadAsync(
                () => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = button }).ClickAsync());
            download.SuggestedFilename.ShouldBe(name);
            var path = await download.PathAsync();
            var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
            bytes.Length.ShouldBeGreaterThan(100);
            if (name.EndsWith(".png", StringComparison.Ordinal))
            {
                bytes[1..4].ShouldBe("PNG"u8.ToArray());
            }
            else if (name.EndsWith(".svg", StringComparison.Ordinal))
            {
                System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("<svg");
            }
            else
            {
                var json = JsonDocument.Parse(bytes).RootElement;
                json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ShouldContain("bytedance");
                json.GetProperty("relationships").GetArrayLength().ShouldBeGreaterThan(0);
            }
        }

        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_id_is_shown_in_the_page_not_a_blank_canvas()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync("/explore?focus=no-such-entity&mode=supply", errors);

        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync();
        (await alert.InnerTextAsync()).ShouldContain("NOT_FOUND");
    }

    [Fact]
    public async Task The_ide_at_graphql_loads_the_schema_and_runs_a_readme_example()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync("/graphql", errors);

        await page.Locator(".graphiql-container").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show Documentation Explorer" }).ClickAsync();
        await page.GetByText("Query", new PageGetByTextOptions { Exact = true }).First.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Execute query" }).ClickAsync();
        await EventuallyAsync(async () => (await page.Locator(".graphiql-response").InnerTextAsync()).Contains("\"data\"", StringComparison.Ordinal), "the IDE shows the answer");

        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_front_door_leads_a_browser_to_the_explorer_and_programs_still_get_graphql()
    {
        var errors = new List<string>();
        var page = await browser.OpenAsync("/", errors);
        page.Url.ShouldEndWith("/explore");

        using var client = new HttpClient { BaseAddress = browser.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/graphql-response+json");
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
