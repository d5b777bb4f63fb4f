using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Benchmarks.Generator;

/// <summary>
/// Writes a synthetic supply-chain graph of <c>entityCount</c> entities and about five
/// relationships per entity as <c>entities.csv</c> and <c>relationships.csv</c>, a Neo4j
/// <c>LOAD CSV</c> script, and <c>queries.json</c>: the seeded inputs every benchmark runner uses.
/// The same seed and size always give the same files.
/// </summary>
public sealed class SyntheticGraphGenerator(int entityCount, int seed, int queriesPerShape)
{
    private static readonly string[] s_syllables =
    [
        "an", "bel", "cor", "dra", "el", "fen", "gal", "hex", "ion", "jun", "kal", "lum", "mar", "nor", "or",
        "pra", "quo", "ros", "sil", "tor", "ul", "vex", "wen", "xan", "yor", "zen", "ar", "bri", "cal", "tek",
    ];

    private static readonly string[] s_companySuffixes =
        ["Systems", "Semiconductor", "Labs", "Holdings", "Technologies", "Cloud", "Logistics", "Materials", "Group", "Networks"];

    private static readonly string[] s_productSuffixes = ["App", "AI", "Model", "Cloud", "Platform", "Assistant", "Engine"];
    private static readonly string[] s_chipPrefixes = ["H", "X", "M", "A", "T", "G", "N"];

    private const int SupplyLayers = 5;
    private static readonly DateOnly s_firstDate = new(2015, 1, 1);

    private readonly Random _random = new(seed);
    private readonly List<string> _ids = new(entityCount);
    private readonly List<string> _names = new(entityCount);
    private readonly List<string> _kinds = new(entityCount);
    private readonly List<string?> _aliases = new(entityCount);
    private readonly HashSet<(int From, int To, byte Type)> _seen = [];
    private readonly List<int> _companies = [];
    private readonly List<int> _products = [];
    private readonly List<int> _chips = [];
    private readonly List<int> _regulators = [];
    private readonly List<int> _regulations = [];
    private readonly List<int> _countries = [];
    private readonly List<int> _cities = [];
    private readonly List<int> _documents = [];
    private int[] _layer = [];
    private int[] _ownershipDepth = [];
    private readonly List<int> _owned = [];
    private StreamWriter? _relationships;
    private long _relationshipCount;

    public long RelationshipCount => _relationshipCount;

    public void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        CreateEntities();
        WriteEntities(Path.Combine(folder, "entities.csv"));
        using (_relationships = new StreamWriter(Path.Combine(folder, "relationships.csv"), false, new UTF8Encoding(false), 1 << 20))
        {
            _relationships.Write("id,type,from,to,source,reportedOn,percentage\n");
            CreateRelationships();
        }

        File.WriteAllText(Path.Combine(folder, "neo4j-load.cypher"), Neo4jLoadScript.Text);
        WriteQueries(Path.Combine(folder, "queries.json"));
    }

    private void CreateEntities()
    {
        // Shares of each kind; documents last so that every relationship can cite one.
        var places = Math.Max(20, entityCount / 66);
        var countries = Math.Max(10, places / 10);
        var regulators = Math.Max(5, entityCount / 200);
        var regulations = Math.Max(10, entityCount * 3 / 100);
        var chips = entityCount * 8 / 100;
        var products = entityCount * 20 / 100;
        var documents = entityCount * 20 / 100;
        var companies = entityCount - places - regulators - regulations - chips - products - documents;

        for (var i = 0; i < companies; i++)
        {
            _companies.Add(Add("company", "Company", $"{Word(2)} {Pick(s_companySuffixes)}", _random.NextDouble() < 0.3));
        }

        for (var i = 0; i < products; i++)
        {
            _products.Add(Add("product", "Product", $"{Word(2)} {Pick(s_productSuffixes)}", _random.NextDouble() < 0.2));
        }

        for (var i = 0; i < chips; i++)
        {
            _chips.Add(Add("chip", "Chip", $"{Word(1)} {Pick(s_chipPrefixes)}{_random.Next(10, 999)}", false));
        }

        for (var i = 0; i < regulators; i++)
        {
            _regulators.Add(Add("regulator", "Regulator", $"{Word(2)} Trade Administration", _random.NextDouble() < 0.5));
        }

        for (var i = 0; i < regulations; i++)
        {
            _regulations.Add(Add("regulation", "Regulation", $"{Word(2)} Export Rule {2015 + _random.Next(11)}", false));
        }

        for (var i = 0; i < places; i++)
        {
            var country = i < countries;
            var index = Add("place", "Place", country ? $"Republic of {Word(3)}" : $"{Word(2)} City", country);
            (country ? _countries : _cities).Add(index);
        }

        for (var i = 0; i < documents; i++)
        {
            _documents.Add(Add("doc", "Document", $"{Word(2)} {Word(2)} report {i}", false));
        }
    }

    private int Add(string prefix, string kind, string name, bool withAlias)
    {
        var index = _ids.Count;
        _ids.Add($"{prefix}-{index}");
        _kinds.Add(kind);
        _names.Add(name);
        _aliases.Add(withAlias ? (_random.NextDouble() < 0.5 ? Initials(name) : $"{Word(2)} {name.Split(' ')[^1]}") : null);
        return index;
    }

    private void WriteEntities(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("id,kind,name,aliases\n");
        for (var i = 0; i < _ids.Count; i++)
        {
            writer.Write(_ids[i]);
            writer.Write(',');
            writer.Write(_kinds[i]);
            writer.Write(',');
            writer.Write(_names[i]);
            writer.Write(',');
            writer.Write(_aliases[i]);
            writer.Write('\n');
        }
    }

    private void CreateRelationships()
    {
        _layer = new int[entityCount];
        var layers = Enumerable.Range(0, SupplyLayers).Select(_ => new List<int>()).ToArray();
        foreach (var company in _companies)
        {
            _layer[company] = _random.Next(SupplyLayers);
            layers[_layer[company]].Add(company);
        }

        var suppliersByLayer = layers.Select(l => new ZipfSampler(l, 0.9, _random)).ToArray();
        var customersByLayer = layers.Select(l => new ZipfSampler(l, 0.9, _random)).ToArray();
        var anyCompany = new ZipfSampler(_companies, 1.0, _random);

        // Multi-tier supply: a company of layer L supplies one of layer L-1 (and now and then L-2 or L).
        var supplies = entityCount * 3 / 2;
        for (var i = 0; i < supplies; i++)
        {
            var layer = 1 + _random.Next(SupplyLayers - 1);
            var roll = _random.NextDouble();
            var customerLayer = roll < 0.85 ? layer - 1 : roll < 0.93 && layer >= 2 ? layer - 2 : layer;
            Emit(suppliersByLayer[layer].Next(_random), "SUPPLIES", 3, customersByLayer[customerLayer].Next(_random), null);
        }

        CreateOwnership();

        foreach (var product in _products)
        {
            Emit(anyCompany.Next(_random), "DEVELOPS", 1, product, null);
        }

        foreach (var chip in _chips)
        {
            Emit(anyCompany.Next(_random), "MANUFACTURES", 2, chip, null);
        }

        foreach (var regulation in _regulations)
        {
            Emit(Pick(_regulators), "ISSUED", 7, regulation, null);
            for (var k = 0; k < 3; k++)
            {
                var target = _random.NextDouble() < 0.6 ? Pick(_chips) : anyCompany.Next(_random);
                Emit(regulation, "RESTRICTS", 8, target, null);
            }
        }

        for (var i = 0; i < entityCount / 20; i++)
        {
            Emit(Pick(_regulators), "REGULATES", 9, anyCompany.Next(_random), null);
        }

        foreach (var city in _cities)
        {
            Emit(city, "PART_OF", 14, Pick(_countries), null);
        }

        foreach (var company in _companies)
        {
            Emit(company, "LOCATED_IN", 13, Pick(_cities), null);
            if (_random.NextDouble() < 0.6)
            {
                Emit(company, "OPERATES_IN", 10, Pick(_countries), null);
            }

            if (_random.NextDouble() < 0.5)
            {
                Emit(company, "COMPETES_WITH", 5, Pick(layers[_layer[company]]), null);
            }

            if (_random.NextDouble() < 0.2)
            {
                Emit(anyCompany.Next(_random), "INVESTS_IN", 6, company, null);
            }
        }

        var publishers = _companies.Take(Math.Max(5, _companies.Count / 500)).ToList();
        var mentioned = new ZipfSampler(Enumerable.Range(0, _documents[0]).ToList(), 0.7, _random);
        var budget = 5L * entityCount;
        foreach (var document in _documents)
        {
            Emit(Pick(publishers), "PUBLISHED", 15, document, null);
        }

        // Mentions fill the budget up to about five relationships per entity.
        var perDocument = (int)Math.Max(1, (budget - _relationshipCount) / _documents.Count);
        foreach (var document in _documents)
        {
            var count = 1 + _random.Next(2 * perDocument - 1);
            for (var k = 0; k < count; k++)
            {
                Emit(document, "MENTIONS", 12, mentioned.Next(_random), null);
            }
        }
    }

    private void CreateOwnership()
    {
        // Ownership forests: a company is owned by a company created before it that is less than
        // six levels deep, so chains stay short and the graph of OWNS stays acyclic.
        _ownershipDepth = new int[entityCount];
        for (var i = 0; i < _companies.Count; i++)
        {
            var company = _companies[i];
            if (i < 20 || _random.NextDouble() < 0.45)
            {
                continue;
            }

            var owners = _random.NextDouble() < 0.15 ? 2 : 1;
            var remaining = 100.0;
            for (var k = 0; k < owners; k++)
            {
                var owner = _companies[_random.Next(i)];
                if (_ownershipDepth[owner] >= 6)
                {
                    continue;
                }

                var share = k == owners - 1 && owners > 1 ? remaining : Math.Round(10 + _random.NextDouble() * (remaining - 10), 1);
                if (owners > 1 && k == 0)
                {
                    share = Math.Round(remaining * (0.3 + _random.NextDouble() * 0.4), 1);
                }

                remaining -= share;
                if (Emit(owner, "OWNS", 0, company, share))
                {
                    _ownershipDepth[company] = Math.Max(_ownershipDepth[company], _ownershipDepth[owner] + 1);
                    if (k == 0)
                    {
                        _owned.Add(company);
                    }
                }
            }
        }
    }

    private bool Emit(int from, string type, byte typeCode, int to, double? percentage)
    {
        if (from == to || !_seen.Add((from, to, typeCode)))
        {
            return false;
        }

        var writer = _relationships!;
        writer.Write(_ids[from]);
        writer.Write('-');
        writer.Write(type.Replace('_', '-').ToLowerInvariant());
        writer.Write('-');
        writer.Write(_ids[to]);
        writer.Write(',');
        writer.Write(type);
        writer.Write(',');
        writer.Write(_ids[from]);
        writer.Write(',');
        writer.Write(_ids[to]);
        writer.Write(',');
        writer.Write(_ids[Pick(_documents)]);
        writer.Write(',');
        writer.Write(s_firstDate.AddDays(_random.Next(4000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Write(',');
        if (percentage is { } p)
        {
            writer.Write(p.ToString("0.#", CultureInfo.InvariantCulture));
        }

        writer.Write('\n');
        _relationshipCount++;
        return true;
    }

    private void WriteQueries(string path)
    {
        var all = Enumerable.Range(0, _documents[0]).ToList();
        var upstreamRoots = _companies.Where(c => _layer[c] <= 2).ToList();
        var queries = new BenchmarkQueries(
            Entity: Draw(all),
            Neighborhood: Draw(all),
            SupplyChain: Draw(upstreamRoots),
            Paths: Enumerable.Range(0, queriesPerShape).Select(_ => new[] { _ids[Pick(all)], _ids[Pick(all)] }).ToList(),
            SearchPrefix: Enumerable.Range(0, queriesPerShape).Select(_ => _names[Pick(_companies)][..4].ToLowerInvariant()).ToList(),
            SearchContains: Enumerable.Range(0, queriesPerShape).Select(_ => ContainsText(_names[Pick(_companies)])).ToList(),
            Owners: Draw(_owned.Count > 0 ? _owned : _companies));
        File.WriteAllText(path, JsonSerializer.Serialize(queries, BenchmarkQueries.JsonOptions));
    }

    private static string ContainsText(string name)
    {
        var start = Math.Min(2, name.Length - 4);
        return name.Substring(start, 4).ToLowerInvariant();
    }

    private List<string> Draw(List<int> pool) => Enumerable.Range(0, queriesPerShape).Select(_ => _ids[Pick(pool)]).ToList();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Word(int syllables)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Pick(s_syllables));
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ').Select(w => char.ToUpperInvariant(w[0])));
}
