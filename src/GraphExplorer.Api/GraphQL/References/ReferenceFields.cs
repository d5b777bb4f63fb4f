using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Loading;
using GraphExplorer.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GraphExplorer.Api.GraphQL.References;

/// <summary>
/// Resolves the ids inside properties to entities through the request's entity loader, so the references of a
/// whole list cost one store call. Values that name no entity are left out.
/// </summary>
public static class ReferenceFields
{
    public static async Task<IReadOnlyList<Reference>> ResolveAsync(
        IResolveFieldContext context, IReadOnlyDictionary<string, object?> properties, string? onlyProperty = null)
    {
        var loads = PropertyReference.In(properties)
            .Where(r => onlyProperty is null || r.Property == onlyProperty)
            .Select(r => (r.Property, Load: context.Loaders().Entity(r.EntityId)))
            .ToList();
        var references = new List<Reference>(loads.Count);
        foreach (var (property, load) in loads)
        {
            if (await load.GetResultAsync(context.CancellationToken).ConfigureAwait(false) is { } entity)
            {
                references.Add(new Reference(property, entity));
            }
        }

        return references;
    }

    /// <summary>The field <c>references</c>: every property that names an entity.</summary>
    public static void AddField<TSource>(ObjectGraphType<TSource> type, Func<TSource, IReadOnlyDictionary<string, object?>> properties) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferenceType>>>>("references")
            .Description("Every property whose value names another entity, with that entity (in property order).")
            .ResolveAsync(async c => await ResolveAsync(c, properties(c.Source)).ConfigureAwait(false));

    /// <summary>A field for one property that names an entity: the entity, or null when it names none.</summary>
    public static void AddNamedField(ObjectGraphType<Entity> type, string property, string description) =>
        type.Field<EntityInterface>(property)
            .Description(description)
            .ResolveAsync(async c => (await ResolveAsync(c, c.Source.Properties, property).ConfigureAwait(false)).FirstOrDefault()?.Entity);
}
