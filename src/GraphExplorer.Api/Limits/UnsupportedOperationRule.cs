using GraphExplorer.Api.Http;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphExplorer.Api.Limits;

/// <summary>
/// Refuses a mutation or subscription when the schema has no such root type. Without it GraphQL.NET's
/// complexity analyzer throws on the operation, which a client would see as an internal error.
/// </summary>
internal sealed class UnsupportedOperationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation)
        {
            var supported = operation.Operation switch
            {
                OperationType.Mutation => context.Schema.Mutation is not null,
                OperationType.Subscription => context.Schema.Subscription is not null,
                _ => true,
            };
            if (!supported)
            {
                var kind = operation.Operation.ToString().ToLowerInvariant();
                context.ReportError(new ValidationError($"This API has no {kind} operations; send a query.")
                {
                    Code = GraphQLHttpErrorCodes.OperationNotSupported,
                });
            }
        }

        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
