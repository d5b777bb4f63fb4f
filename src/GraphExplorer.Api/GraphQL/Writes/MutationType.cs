using GraphExplorer.Api.GraphQL.Documents;
using GraphExplorer.Api.GraphQL.Entities;
using GraphExplorer.Api.GraphQL.Relationships;
using GraphExplorer.Core.Writes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.GraphQL.Writes;

/// <summary>
/// The writes. Each needs a write credential (checked by the endpoint before anything runs), is checked by
/// <see cref="WriteRules"/>, is made whole or not at all, is on disk before it answers, and answers with what it wrote.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Writes to the graph. Each needs a write credential (X-Api-Key or a bearer token); a refused write changes nothing.";
        Field<NonNullGraphType<DocumentType>>("upsertDocument")
            .Description("Adds a source document, or updates the fields sent of one.")
            .Argument<NonNullGraphType<DocumentInputType>>("input")
            .ResolveAsync(async c => (await WriteAsync(c, c.GetArgument<DocumentInput>("input")).ConfigureAwait(false)).Entity);
        Field<NonNullGraphType<EntityInterface>>("upsertEntity")
            .Description("Adds an entity, or updates the fields sent of one; its source document must exist.")
            .Argument<NonNullGraphType<EntityInputType>>("input")
            .ResolveAsync(async c => (await WriteAsync(c, c.GetArgument<EntityInput>("input")).ConfigureAwait(false)).Entity);
        Field<NonNullGraphType<RelationshipObjectType>>("addRelationship")
            .Description("Adds a relationship between two entities that exist, stated by a source document.")
            .Argument<NonNullGraphType<RelationshipInputType>>("input")
            .ResolveAsync(async c => (await WriteAsync(c, c.GetArgument<RelationshipInput>("input")).ConfigureAwait(false)).Relationship);
        Field<NonNullGraphType<RelationshipObjectType>>("retractRelationship")
            .Description("Stops a relationship holding from now on. It stays in the graph and its history; answers as of an earlier date still show it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it no longer holds.")
            .Argument<NonNullGraphType<IdGraphType>>("source", "The document that says so.")
            .ResolveAsync(async c => (await WriteAsync(c, new RetractionInput(
                Arguments.Id(c, "id"), c.GetArgument<string>("reason"), Arguments.Id(c, "source"))).ConfigureAwait(false)).Relationship);
    }

    private static Task<WriteOutcome> WriteAsync(IResolveFieldContext context, GraphWrite write) =>
        context.RequestServices!.GetRequiredService<IGraphWriter>().WriteAsync(write, WrittenBy(context), context.CancellationToken);

    /// <summary>The credential the endpoint let write (see Security/CredentialMutationGate).</summary>
    private static string WrittenBy(IResolveFieldContext context) => context.User?.Identity?.Name ?? "anonymous";
}
