using GraphExplorer.Core.Store;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.Traversals;

public sealed class ExposureChannelEnum : EnumerationGraphType<ExposureChannel>
{
    public ExposureChannelEnum()
    {
        Name = "ExposureChannel";
        Description = "How a regulation reaches the entity: itself, or the first step of the path (what it owns, develops, is supplied by, …).";
    }
}
