using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Tests.Model;

public sealed class PropertyReferenceTests
{
    [Fact]
    public void Strings_and_lists_of_strings_shaped_like_ids_are_candidates_in_property_order()
    {
        var properties = new Dictionary<string, object?>
        {
            ["postpones"] = "tiktok-ban-law",
            ["items"] = new List<object?> { "nvidia-h20", 7L, "Not An Id", "tiktok" },
            ["via"] = "cloud computing",
            ["unit"] = "USD",
            ["amount"] = 75L,
            ["trailing"] = "bad-",
            ["empty"] = "",
            ["nothing"] = null,
        };

        PropertyReference.In(properties).ShouldBe(
        [
            new PropertyReference("items", "nvidia-h20"),
            new PropertyReference("items", "tiktok"),
            new PropertyReference("postpones", "tiktok-ban-law"),
        ]);
    }
}
