using GraphExplorer.Core.Writes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.GraphQL.Writes;

public static class HistoryQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeType>>>>("history")
            .Description("The writes to an entity or relationship, oldest first; an entity's include the writes to its relationships. The seed graph itself has no history.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IGraphWriter>()
                .HistoryAsync(Arguments.Id(c, "id"), c.CancellationToken).ConfigureAwait(false));
}
