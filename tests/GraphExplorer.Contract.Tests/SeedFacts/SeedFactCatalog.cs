using GraphExplorer.Core.Model;
using static GraphExplorer.Core.Model.EntityKind;
using static GraphExplorer.Core.Model.RelationshipType;

namespace GraphExplorer.Contract.Tests.SeedFacts;

/// <summary>
/// Every fact extracted by hand from the seed document (shared/seeds/000_c4fc644a30ee8e09.txt,
/// a machine-translated Reuters report of Thursday 2025-01-23), as the graph must hold it.
/// Relative dates are resolved against 2025-01-23; docs/seed-notes.md lists the document's slips.
/// </summary>
public static class SeedFactCatalog
{
    public const string Main = "doc-reuters-2025-01-23-bytedance-ai-capex";
    public const string Ft = "doc-ft-2025-01-21-bytedance-ai-infrastructure";
    public const string TheInformation = "doc-the-information-2024-12-bytedance-nvidia-chips";
    public const string ReutersSeptember = "doc-reuters-2024-09-bytedance-h20";
    public const string Scmp = "doc-scmp-2025-01-21-china-softens-tiktok-stance";
    public const string QuestMobileFigures = "doc-questmobile-doubao-mau";

    private static readonly DateOnly s_published = D(2025, 1, 23);
    private static readonly DateOnly s_orderSigned = D(2025, 1, 20);
    private static readonly DateOnly s_orderEnds = D(2025, 4, 5);
    private static readonly DateOnly s_chipRulesWeek = D(2025, 1, 13);
    private static readonly DateOnly s_chipRulesWeekEnd = D(2025, 1, 19);
    private static readonly DateOnly s_exportBanYear = D(2023, 1, 1);

    // What the article implies rather than says, and the two facts of geography it does not give.
    private static readonly HashSet<string> s_implied = new(StringComparer.Ordinal)
    {
        "bytedance-owns-bytedance-southeast-asia-computing", "bytedance-develops-doubao", "bytedance-develops-doubao-model",
        "bytedance-develops-jimeng", "bytedance-develops-xinghui", "bytedance-develops-kouzi", "bytedance-develops-maoxiang",
        "nvidia-manufactures-nvidia-ai-chips", "huawei-technologies-manufactures-huawei-ai-chips",
        "cambricon-technologies-manufactures-cambricon-ai-chips",
        "huawei-technologies-supplies-bytedance", "cambricon-technologies-supplies-bytedance", "nvidia-supplies-bytedance-capex-2025",
        "nvidia-supplies-bytedance-7bn-plan", "nvidia-supplies-bytedance-h20", "nvidia-supplies-microsoft",
        "third-party-data-center-providers-supplies-bytedance", "bytedance-leases-from-third-party-data-center-providers",
        "nvidia-competes-with-huawei-technologies", "microsoft-invests-in-openai",
        "us-government-issued-tiktok-ban-law", "us-government-issued-us-outbound-investment-rules",
        "tiktok-ban-law-restricts-bytedance", "us-chip-export-controls-china-restricts-bytedance",
        "us-chip-export-controls-china-restricts-nvidia", "us-chip-export-controls-china-restricts-nvidia-ai-chips",
        "us-ai-chip-rules-2025-01-restricts-nvidia-ai-chips", "us-ai-chip-rules-2025-01-restricts-third-party-data-center-providers",
        "us-ai-chip-rules-2025-01-restricts-china", "us-outbound-investment-rules-restricts-china",
        "us-government-regulates-tiktok", "donald-trump-regulates-tiktok", "us-government-regulates-nvidia", "chinese-government-regulates-tiktok",
        "beijing-located-in-china", "nvidia-located-in-united-states", "microsoft-located-in-united-states", "alphabet-located-in-united-states",
        "malaysia-part-of-southeast-asia", "bytedance-operates-in-southeast-asia", "bytedance-operates-in-malaysia",
        "baidu-operates-in-china", "tencent-holdings-operates-in-china", "microsoft-operates-in-asia",
        "reuters-published-doc-reuters-2025-01-23-bytedance-ai-capex", "questmobile-published-doc-questmobile-doubao-mau",
        "new-york-post-published-doc-nypost-trump-never-ban-tiktok",
        "doc-reuters-2025-01-23-bytedance-ai-capex-mentions-huawei-ai-chips", "doc-reuters-2025-01-23-bytedance-ai-capex-mentions-cambricon-ai-chips",
        "doc-the-information-2024-12-bytedance-nvidia-chips-mentions-bytedance",
        "doc-reuters-2024-09-bytedance-h20-mentions-bytedance", "doc-reuters-2024-09-bytedance-h20-mentions-nvidia-h20",
        "doc-biden-restricts-access-ai-chips-mentions-biden-administration", "doc-china-says-us-investment-ban-detrimental-mentions-chinese-government",
        "doc-us-says-tiktok-sale-security-not-speech-mentions-us-government", "doc-us-says-tiktok-sale-security-not-speech-mentions-tiktok-ban-law",
        "doc-china-wont-allow-tiktok-spinoff-mentions-chinese-government",
        "doc-china-says-us-investment-ban-detrimental-mentions-us-outbound-investment-rules", "doc-nvidia-china-chips-priced-near-huawei-mentions-nvidia-ai-chips",
        "doc-nvidia-china-chips-priced-near-huawei-mentions-huawei-ai-chips",
    };

    private static readonly HashSet<string> s_outside = new(StringComparer.Ordinal) { "southeast-asia-part-of-asia", "china-part-of-asia" };

    private static readonly string[] s_seeAlso =
    [
        "doc-trump-credited-closing-trade-loopholes-china",
        "doc-biden-restricts-access-ai-chips",
        "doc-us-rules-restrict-investment-chinese-chips",
        "doc-china-says-us-investment-ban-detrimental",
        "doc-bytedance-prefers-shut-down-tiktok",
        "doc-us-says-tiktok-sale-security-not-speech",
        "doc-china-wont-allow-tiktok-spinoff",
        "doc-nypost-trump-never-ban-tiktok",
        "doc-tiktok-us-legal-crackdown-children",
        "doc-gen-z-wish-tiktok-never-invented",
        "doc-nvidia-china-chips-priced-near-huawei",
    ];

    public static IReadOnlyList<SeedFact> All { get; } = [.. Documents(), .. Entities(), .. Relationships(), .. Mentions()];

    public static IReadOnlyDictionary<string, SeedFact> ByName { get; } =
        All.GroupBy(f => f.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static IEnumerable<SeedFact> Documents()
    {
        yield return E(Main, Document, "ByteDance to spend more than 150 billion yuan on capital expenditure in 2025, mainly on AI", [],
            ("publisher", "Reuters"), ("publishedOn", s_published), ("updatedOn", s_published));
        yield return E(Ft, Document, "Financial Times report on ByteDance's $12 billion AI infrastructure plan", [],
            ("publisher", "Financial Times"), ("publishedOn", D(2025, 1, 21)));
        yield return E(TheInformation, Document, "The Information report on ByteDance's $7 billion Nvidia chip purchase plan", [],
            ("publisher", "The Information"), ("publishedOn", D(2024, 12, 1)), ("publishedOnPrecision", "month"));
        yield return E(ReutersSeptember, Document, "Reuters report on ByteDance as the biggest buyer of Nvidia's H20", [],
            ("publisher", "Reuters"), ("publishedOn", D(2024, 9, 1)), ("publishedOnPrecision", "month"));
        yield return E(Scmp, Document, "South China Morning Post report on China softening its stance on TikTok's fate",
            ["China softens attitude towards TikTok sales"],
            ("publisher", "South China Morning Post"), ("publishedOn", D(2025, 1, 21)));
        yield return E(QuestMobileFigures, Document, "QuestMobile figures on Doubao monthly active users", [],
            ("publisher", "QuestMobile"));

        yield return E("doc-trump-credited-closing-trade-loopholes-china", Document,
            "Trump credited with closing 'minimum' trade loopholes with China",
            ["Trump credited with closing 'de minimis' trade loopholes with China"], ("listedAs", "see also"));
        yield return E("doc-biden-restricts-access-ai-chips", Document,
            "Biden restricts U.S. companies and allies' access to artificial intelligence chips", [], ("listedAs", "see also"));
        yield return E("doc-us-rules-restrict-investment-chinese-chips", Document,
            "U.S. rules restrict investment in Chinese chips, quantum and artificial intelligence", [], ("listedAs", "see also"));
        yield return E("doc-china-says-us-investment-ban-detrimental", Document,
            "China says U.S. investment ban is detrimental to artificial intelligence industry", [], ("listedAs", "see also"));
        yield return E("doc-bytedance-prefers-shut-down-tiktok", Document,
            "ByteDance “prefers to shut down TikTok in the US” if legal fight fails", [], ("listedAs", "see also"));
        yield return E("doc-us-says-tiktok-sale-security-not-speech", Document,
            "The United States says the forced sale of TikTok is for security rather than free speech", [], ("listedAs", "see also"));
        yield return E("doc-china-wont-allow-tiktok-spinoff", Document,
            "‘China won’t allow it’: TikTok compares spinoff to chip ban", [], ("listedAs", "see also"));
        yield return E("doc-nypost-trump-never-ban-tiktok", Document,
            "Trump says he will ‘never ban TikTok’ if elected",
            ["Trump says he will ‘never ban TikTok’ if elected – New York Post"],
            ("publisher", "New York Post"), ("listedAs", "see also"));
        yield return E("doc-tiktok-us-legal-crackdown-children", Document,
            "TikTok comes under U.S. legal crackdown for 'harmful' impact on children", [], ("listedAs", "see also"));
        yield return E("doc-gen-z-wish-tiktok-never-invented", Document,
            "U.S. polls show that nearly half of Generation Z wish TikTok had never been invented", [], ("listedAs", "see also"));
        yield return E("doc-nvidia-china-chips-priced-near-huawei", Document,
            "Nvidia’s new artificial intelligence chips for China are priced close to Huawei alternatives", [], ("listedAs", "see also"));
    }

    private static IEnumerable<SeedFact> Entities()
    {
        // Companies and their figures.
        yield return E("bytedance", Company, "ByteDance", ["Bitbeat", "TikTok owner"],
            ("country", "China"), ("headquarters", "Beijing"), ("privateCompany", true), ("disclosesFinancials", false), ("ipoPlanned", true),
            ("capex2025Amount", 150_000_000_000L), ("capex2025Unit", "CNY"), ("capex2025Year", 2025L),
            ("capex2025Qualifier", "more than"), ("capex2025Source", Main),
            ("capex2025UsdAmount", 20_600_000_000L), ("capex2025UsdUnit", "USD"), ("capex2025UsdYear", 2025L),
            ("capex2025UsdQualifier", "more than"), ("capex2025UsdSource", Main),
            ("overseasCapexShare2025Amount", 50L), ("overseasCapexShare2025Unit", "percent"),
            ("overseasCapexShare2025Year", 2025L), ("overseasCapexShare2025Source", Main),
            ("aiAppsAmount", 15L), ("aiAppsUnit", "apps"), ("aiAppsYear", 2025L), ("aiAppsQualifier", "more than"), ("aiAppsSource", Main),
            ("capex2025Basis", "stated"), ("capex2025Status", "expected"),
            ("overseasCapexShare2025Attribution", "two sources who spoke to Reuters"),
            ("valuationAmount", 300_000_000_000L), ("valuationUnit", "USD"), ("valuationSource", Main),
            ("valuationBasis", "stated"), ("valuationSetBy", "ByteDance itself, in a recent share buyback"),
            ("listedBasis", "implied"), ("domesticAiPosition", "leading"), ("aiPositionEarly2024", "laggard"),
            ("aiInfrastructurePlanAmount", 12_000_000_000L), ("aiInfrastructurePlanUnit", "USD"),
            ("aiInfrastructurePlanSource", Main), ("aiInfrastructurePlanCitedSource", Ft),
            ("nvidiaChipPurchasePlanAmount", 7_000_000_000L), ("nvidiaChipPurchasePlanUnit", "USD"),
            ("nvidiaChipPurchasePlanSource", Main), ("nvidiaChipPurchasePlanCitedSource", TheInformation),
            ("nvidiaChipPurchasePlanWhere", "outside China"), ("nvidiaChipPurchasePlanBasis", "implied"));
        yield return E("huawei-technologies", Company, "Huawei Technologies", ["Huawei Technologies Co Ltd", "Huawei"]);
        yield return E("cambricon-technologies", Company, "Cambricon Technologies", ["Cambrian Technologies Inc", "Cambrian"],
            ("nameBasis", "outside"), ("outsideAliases", new[] { "Cambricon" }), ("countryBasis", "outside"));
        yield return E("nvidia", Company, "Nvidia", ["Nvidia Corp"], ("country", "United States"));
        yield return E("baidu", Company, "Baidu", []);
        yield return E("tencent-holdings", Company, "Tencent Holdings", ["Tencent"]);
        yield return E("microsoft", Company, "Microsoft", [],
            ("capexFy2024Amount", 55_700_000_000L), ("capexFy2024Unit", "USD"), ("capexFy2024Year", 2024L),
            ("capexFy2024Source", Main), ("capexFy2024PeriodEnd", D(2024, 6, 30)), ("capexFy2024Status", "spent"));
        yield return E("openai", Company, "OpenAI", []);
        yield return E("alphabet", Company, "Alphabet", ["Google parent"],
            ("capex2024Amount", 50_000_000_000L), ("capex2024Unit", "USD"), ("capex2024Year", 2024L),
            ("capex2024Source", Main), ("capex2024Status", "planned"));
        yield return E("google", Company, "Google", []);
        yield return E("third-party-data-center-providers", Company, "Third-party data center providers", [], ("group", true));
        yield return E("reuters", Company, "Reuters", []);
        yield return E("financial-times", Company, "Financial Times", []);
        yield return E("the-information", Company, "The Information", []);
        yield return E("south-china-morning-post", Company, "South China Morning Post", []);
        yield return E("questmobile", Company, "QuestMobile", []);
        yield return E("new-york-post", Company, "New York Post", []);

        // Products.
        yield return E("tiktok", Product, "TikTok", [], ("category", "short video app"));
        yield return E("doubao", Product, "Doubao", [],
            ("category", "chatbot"),
            ("monthlyActiveUsersAmount", 75_000_000L), ("monthlyActiveUsersUnit", "users"),
            ("monthlyActiveUsersSource", Main), ("monthlyActiveUsersCitedSource", QuestMobileFigures));
        yield return E("doubao-model", Product, "Doubao AI model", ["Doubao"],
            ("category", "AI model"), ("updatedOn", D(2025, 1, 22)), ("updatedOnPrecision", "day"), ("modelType", "inference model"));
        yield return E("cici", Product, "Cici", [], ("market", "international"));
        yield return E("jimeng", Product, "Jimeng", ["Ji Meng"], ("category", "text-to-video generator"));
        yield return E("dreamina", Product, "Dreamina", [], ("market", "international"));
        yield return E("xinghui", Product, "Xinghui", [], ("category", "image generator"));
        yield return E("kouzi", Product, "Kouzi", ["扣子"],
            ("category", "custom chatbot development platform"), ("internationalCounterpart", "Coze"),
            ("internationalCounterpartBasis", "outside"), ("outsideAliases", new[] { "扣子" }));
        yield return E("maoxiang", Product, "Maoxiang", [], ("category", "role-playing and emotional support app"));

        // Chips.
        yield return E("nvidia-h20", Chip, "Nvidia H20", ["H20"],
            ("family", "nvidia-ai-chips"), ("designedToComplyWith", "us-chip-export-controls-china"), ("designedToComplyWithBasis", "implied"));
        yield return E("nvidia-ai-chips", Chip, "Nvidia AI chips", ["Nvidia chips", "Nvidia semiconductors"]);
        yield return E("huawei-ai-chips", Chip, "Huawei AI chips", []);
        yield return E("cambricon-ai-chips", Chip, "Cambricon AI chips", []);

        // Regulators.
        yield return E("us-government", Regulator, "U.S. government", []);
        yield return E("donald-trump", Regulator, "Donald Trump", ["Trump", "U.S. President Donald Trump"],
            ("role", "President of the United States"));
        yield return E("biden-administration", Regulator, "Biden administration", []);
        yield return E("chinese-government", Regulator, "Chinese government", ["Chinese authorities", "Beijing"]);

        // Regulations.
        yield return E("tiktok-ban-law", Regulation, "TikTok ban", ["ban on the short video app"],
            ("outsideAliases", new[] { "Protecting Americans from Foreign Adversary Controlled Applications Act" }));
        yield return E("tiktok-ban-postponement-order", Regulation, "Executive order postponing the TikTok ban", [],
            ("signedOn", s_orderSigned), ("postponementFrom", s_orderSigned), ("postponementTo", s_orderEnds), ("postponementToBasis", "implied"),
            ("postpones", "tiktok-ban-law"),
            ("postponementAmount", 75L), ("postponementUnit", "days"), ("postponementSource", Main));
        yield return E("us-chip-export-controls-china", Regulation, "U.S. export restrictions on high-tech chips to China", [],
            ("inForceFrom", s_exportBanYear), ("inForceFromPrecision", "year"));
        yield return E("us-ai-chip-rules-2025-01", Regulation, "U.S. AI chip export rules of January 2025", ["new rules"],
            ("issuedOn", s_chipRulesWeek), ("issuedOnPrecision", "week"),
            ("outsideAliases", new[] { "Framework for Artificial Intelligence Diffusion", "AI diffusion rule" }));
        yield return E("us-outbound-investment-rules", Regulation, "U.S. rules restricting investment in Chinese chips, quantum and AI",
            ["U.S. investment ban"]);

        // Places, the facility and the person.
        yield return E("china", Place, "China", [], ("placeType", "country"));
        yield return E("united-states", Place, "United States", ["U.S."], ("placeType", "country"));
        yield return E("asia", Place, "Asia", [], ("placeType", "region"));
        yield return E("southeast-asia", Place, "Southeast Asia", [], ("placeType", "region"));
        yield return E("malaysia", Place, "Malaysia", [], ("placeType", "country"));
        yield return E("beijing", Place, "Beijing", [], ("placeType", "city"));
        yield return E("bytedance-southeast-asia-computing", Facility, "ByteDance computing capacity in Southeast Asia", [],
            ("status", "built"));
        yield return E("jim-pollard", Person, "Jim Pollard", []);
    }

    private static IEnumerable<SeedFact> Relationships()
    {
        yield return R("bytedance", Owns, "tiktok");
        yield return R("alphabet", Owns, "google");
        yield return R("bytedance", Owns, "bytedance-southeast-asia-computing");

        yield return R("bytedance", Develops, "doubao");
        yield return R("bytedance", Develops, "doubao-model");
        foreach (var product in new[] { "cici", "jimeng", "dreamina", "xinghui", "kouzi", "maoxiang" })
        {
            yield return R("bytedance", Develops, product);
        }

        yield return R("cici", InternationalVersionOf, "doubao");
        yield return R("dreamina", InternationalVersionOf, "jimeng");

        yield return R("nvidia", Manufactures, "nvidia-h20", ("citedSource", ReutersSeptember));
        yield return R("nvidia", Manufactures, "nvidia-ai-chips");
        yield return R("huawei-technologies", Manufactures, "huawei-ai-chips");
        yield return R("cambricon-technologies", Manufactures, "cambricon-ai-chips");

        // Who supplies ByteDance, and how.
        yield return R("huawei-technologies", Supplies, "bytedance",
            ("items", new[] { "huawei-ai-chips" }), ("status", "planned"), ("year", 2025L), ("mainBeneficiary", true));
        yield return R("cambricon-technologies", Supplies, "bytedance",
            ("items", new[] { "cambricon-ai-chips" }), ("status", "planned"), ("year", 2025L), ("mainBeneficiary", true));
        yield return RS("nvidia", Supplies, "bytedance", "capex-2025",
            ("items", new[] { "nvidia-ai-chips" }), ("status", "planned"), ("year", 2025L), ("mainBeneficiary", true));
        yield return RS("nvidia", Supplies, "bytedance", "7bn-plan",
            ("items", new[] { "nvidia-ai-chips" }), ("status", "planned"), ("citedSource", TheInformation),
            ("citedReportedOn", D(2024, 12, 1)), ("citedReportedOnPrecision", "month"), ("purchaseAmount", 7_000_000_000L), ("purchaseUnit", "USD"),
            ("purchaseSource", Main), ("purchaseCitedSource", TheInformation));
        yield return RS("nvidia", Supplies, "bytedance", "h20",
            ("items", new[] { "nvidia-h20" }), ("status", "reported"), ("biggestBuyer", true),
            ("citedSource", ReutersSeptember), ("citedReportedOn", D(2024, 9, 1)), ("citedReportedOnPrecision", "month"));
        yield return R("microsoft", Supplies, "bytedance",
            ("items", new[] { "nvidia-ai-chips" }), ("via", "cloud computing"), ("status", "reported"), ("largestCustomerIn", "Asia"));
        yield return R("nvidia", Supplies, "microsoft", ("items", new[] { "nvidia-ai-chips" }));

        // The leasing route closed "last week": validTo is that week, stored as its Sunday.
        yield return R("third-party-data-center-providers", Supplies, "bytedance", ("items", new[] { "nvidia-ai-chips" }), ("via", "leasing"),
            ("appliesTo", "Chinese companies"), ("validToPrecision", "week")) with
        { ValidTo = s_chipRulesWeekEnd };
        yield return R("bytedance", LeasesFrom, "third-party-data-center-providers", ("validToPrecision", "week")) with { ValidTo = s_chipRulesWeekEnd };

        yield return R("bytedance", CompetesWith, "baidu");
        yield return R("bytedance", CompetesWith, "tencent-holdings");
        yield return R("doubao-model", CompetesWith, "openai");
        yield return R("nvidia", CompetesWith, "huawei-technologies", ("citedSource", "doc-nvidia-china-chips-priced-near-huawei"));
        yield return R("microsoft", InvestsIn, "openai");

        // Regulators, regulations and what they restrict.
        yield return R("us-government", Issued, "tiktok-ban-law");
        yield return R("donald-trump", Issued, "tiktok-ban-postponement-order", ("signedOn", s_orderSigned));
        yield return R("us-government", Issued, "us-chip-export-controls-china");
        yield return R("biden-administration", Issued, "us-ai-chip-rules-2025-01", ("issuedOn", s_chipRulesWeek), ("issuedOnPrecision", "week"));
        yield return R("us-government", Issued, "us-outbound-investment-rules",
            ("citedSource", "doc-us-rules-restrict-investment-chinese-chips"));

        yield return R("tiktok-ban-law", Restricts, "tiktok");
        yield return R("tiktok-ban-law", Restricts, "bytedance");
        yield return R("us-chip-export-controls-china", Restricts, "china");
        foreach (var restricted in new[] { "nvidia-ai-chips", "bytedance", "nvidia" })
        {
            // "banned ... since 2023": the year only.
            yield return R("us-chip-export-controls-china", Restricts, restricted, ("validFromPrecision", "year")) with { ValidFrom = s_exportBanYear };
        }

        foreach (var restricted in new[] { "nvidia-ai-chips", "third-party-data-center-providers", "china" })
        {
            // The rules closed the loophole "last week": they hold from that week.
            yield return R("us-ai-chip-rules-2025-01", Restricts, restricted, ("validFromPrecision", "week")) with { ValidFrom = s_chipRulesWeek };
        }

        // What the rules "will make" harder for ByteDance, if strictly enforced, has no start.
        yield return R("us-ai-chip-rules-2025-01", Restricts, "bytedance", ("condition", "if strictly enforced"));
        yield return R("us-outbound-investment-rules", Restricts, "china",
            ("citedSource", "doc-us-rules-restrict-investment-chinese-chips"));

        yield return R("us-government", Regulates, "tiktok");
        yield return R("donald-trump", Regulates, "tiktok");
        yield return R("us-government", Regulates, "nvidia");
        yield return R("chinese-government", Regulates, "tiktok",
            ("citedSource", Scmp), ("citedReportedOn", D(2025, 1, 21)), ("stance", "softening"), ("stanceHedge", "seems to be"));

        // Places.
        yield return R("bytedance", LocatedIn, "beijing");
        yield return R("beijing", LocatedIn, "china");
        yield return R("nvidia", LocatedIn, "united-states");
        yield return R("microsoft", LocatedIn, "united-states");
        yield return R("alphabet", LocatedIn, "united-states");
        yield return R("bytedance-southeast-asia-computing", LocatedIn, "southeast-asia");
        yield return R("bytedance-southeast-asia-computing", LocatedIn, "malaysia");
        yield return R("malaysia", PartOf, "southeast-asia");
        yield return R("southeast-asia", PartOf, "asia");
        yield return R("china", PartOf, "asia");
        foreach (var place in new[] { "china", "united-states", "southeast-asia", "malaysia" })
        {
            yield return R("bytedance", OperatesIn, place);
        }

        yield return R("baidu", OperatesIn, "china");
        yield return R("tencent-holdings", OperatesIn, "china");
        yield return R("microsoft", OperatesIn, "asia");

        // Publishers and the editor.
        yield return R("reuters", Published, Main, ("publishedOn", s_published));
        yield return R("reuters", Published, ReutersSeptember);
        yield return R("financial-times", Published, Ft, ("publishedOn", D(2025, 1, 21)));
        yield return R("the-information", Published, TheInformation);
        yield return R("south-china-morning-post", Published, Scmp, ("publishedOn", D(2025, 1, 21)));
        yield return R("questmobile", Published, QuestMobileFigures);
        yield return R("new-york-post", Published, "doc-nypost-trump-never-ban-tiktok");
        yield return R("jim-pollard", ContributedTo, Main, ("role", "additional input and editing"));
    }

    private static IEnumerable<SeedFact> Mentions()
    {
        string[] inArticle =
        [
            "bytedance", "tiktok", "huawei-technologies", "huawei-ai-chips", "cambricon-technologies", "cambricon-ai-chips",
            "nvidia", "nvidia-h20", "nvidia-ai-chips", "baidu", "tencent-holdings",
            "doubao", "doubao-model", "cici", "jimeng", "dreamina", "xinghui", "kouzi", "maoxiang",
            "microsoft", "openai", "alphabet", "google", "third-party-data-center-providers", "bytedance-southeast-asia-computing",
            "us-government", "donald-trump", "biden-administration", "chinese-government",
            "tiktok-ban-law", "tiktok-ban-postponement-order", "us-chip-export-controls-china", "us-ai-chip-rules-2025-01",
            "china", "united-states", "asia", "southeast-asia", "malaysia", "beijing",
            "reuters", "financial-times", "the-information", "south-china-morning-post", "questmobile", "new-york-post",
            "jim-pollard", Ft, TheInformation, ReutersSeptember, Scmp, QuestMobileFigures,
        ];
        string[] didNotRespond = ["bytedance", "huawei-technologies", "cambricon-technologies"];
        foreach (var id in inArticle)
        {
            yield return didNotRespond.Contains(id)
                ? R(Main, RelationshipType.Mentions, id, ("commentResponse", "did not respond to a request for comment"), ("commentRequestedOn", s_published))
                : id == "nvidia"
                    ? R(Main, RelationshipType.Mentions, id, ("commentResponse", "declined to comment"))
                    : R(Main, RelationshipType.Mentions, id);
        }

        foreach (var id in s_seeAlso)
        {
            yield return R(Main, RelationshipType.Mentions, id, ("listedAs", "see also"));
        }

        // What the cited reports say, known through the article (source stays the article).
        (string Doc, string[] Ids)[] cited =
        [
            (Ft, ["bytedance"]),
            (TheInformation, ["bytedance", "nvidia-ai-chips", "nvidia"]),
            (ReutersSeptember, ["bytedance", "nvidia-h20", "nvidia"]),
            (Scmp, ["chinese-government", "tiktok", "bytedance", "donald-trump"]),
            (QuestMobileFigures, ["doubao"]),
        ];
        foreach (var (doc, ids) in cited)
        {
            foreach (var id in ids)
            {
                yield return R(doc, RelationshipType.Mentions, id, ("citedSource", doc));
            }
        }

        // What each "See also" title names: known through the article, which lists the title (citedSource).
        (string Doc, string[] Ids)[] titles =
        [
            ("doc-trump-credited-closing-trade-loopholes-china", ["donald-trump", "china"]),
            ("doc-biden-restricts-access-ai-chips", ["biden-administration", "united-states"]),
            ("doc-us-rules-restrict-investment-chinese-chips", ["us-outbound-investment-rules", "china"]),
            ("doc-china-says-us-investment-ban-detrimental", ["chinese-government", "us-outbound-investment-rules"]),
            ("doc-bytedance-prefers-shut-down-tiktok", ["bytedance", "tiktok", "united-states"]),
            ("doc-us-says-tiktok-sale-security-not-speech", ["us-government", "tiktok", "tiktok-ban-law"]),
            ("doc-china-wont-allow-tiktok-spinoff", ["chinese-government", "tiktok"]),
            ("doc-nypost-trump-never-ban-tiktok", ["donald-trump", "tiktok"]),
            ("doc-tiktok-us-legal-crackdown-children", ["tiktok", "united-states"]),
            ("doc-gen-z-wish-tiktok-never-invented", ["tiktok", "united-states"]),
            ("doc-nvidia-china-chips-priced-near-huawei", ["nvidia", "nvidia-ai-chips", "china", "huawei-technologies", "huawei-ai-chips"]),
        ];
        foreach (var (doc, ids) in titles)
        {
            foreach (var id in ids)
            {
                yield return R(doc, RelationshipType.Mentions, id, ("statedIn", "title"), ("citedSource", doc));
            }
        }
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static EntityFact E(
        string id, EntityKind kind, string name, string[] aliases, params (string Key, object Value)[] properties) =>
        new(id, kind, name, aliases, properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    /// <summary>A relationship the article gives, with the id the convention gives it and its basis from the lists above.</summary>
    private static RelationshipFact R(
        string from, RelationshipType type, string to, params (string Key, object Value)[] properties) =>
        RS(from, type, to, null, properties);

    /// <summary>As <see cref="R"/>, with a suffix on the id for a second relationship of one type between one pair.</summary>
    private static RelationshipFact RS(
        string from, RelationshipType type, string to, string? suffix, params (string Key, object Value)[] properties)
    {
        var id = $"{from}-{type.ToCypher().ToLowerInvariant().Replace('_', '-')}-{to}" + (suffix is null ? "" : "-" + suffix);
        return new RelationshipFact(
            id, from, type, to, Main, s_published, null, null,
            properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))
        {
            Basis = s_outside.Contains(id) ? Basis.Outside : s_implied.Contains(id) ? Basis.Implied : Basis.Stated,
        };
    }
}
