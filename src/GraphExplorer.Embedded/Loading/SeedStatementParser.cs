using GraphExplorer.Core.Cypher;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Embedded.Loading;

/// <summary>Parses one statement of the seed subset and applies it to the draft graph.</summary>
internal static class SeedStatementParser
{
    public static void Apply(CypherStatement statement, IDraftGraph draft)
    {
        var cursor = new TokenCursor(statement.Tokens);
        if (cursor.TakeKeyword("CREATE"))
        {
            ReadSchema(cursor);
        }
        else if (cursor.TakeKeyword("MERGE"))
        {
            MergeEntity(cursor, draft);
        }
        else if (cursor.TakeKeyword("MATCH"))
        {
            MergeRelationship(cursor, draft);
        }
        else
        {
            throw cursor.Fail($"Statements cannot start with {cursor.Current.Describe()} here. {SeedLoaderMessages.SubsetHint}");
        }
    }

    /// <summary>
    /// <c>CREATE CONSTRAINT|INDEX name IF NOT EXISTS FOR (v:Label) …</c> or <c>FOR ()-[v:TYPE]-() …</c>.
    /// The embedded store always indexes ids and names, so schema statements are checked, not applied.
    /// </summary>
    private static void ReadSchema(TokenCursor cursor)
    {
        if (!cursor.TakeKeyword("CONSTRAINT") && !cursor.TakeKeyword("INDEX"))
        {
            throw cursor.Fail($"After CREATE only CONSTRAINT or INDEX is supported; nodes and relationships are created with MERGE. {SeedLoaderMessages.SubsetHint}");
        }

        cursor.ExpectIdentifier("a constraint or index name");
        if (!(cursor.TakeKeyword("IF") && cursor.TakeKeyword("NOT") && cursor.TakeKeyword("EXISTS")))
        {
            throw cursor.Fail("Schema statements must say IF NOT EXISTS so the scripts can run twice.");
        }

        cursor.ExpectKeyword("FOR", "after IF NOT EXISTS");
        while (!cursor.AtEnd)
        {
            // A label or relationship type follows ':' in the FOR pattern; a typo there would index nothing.
            if (!cursor.TakeSymbol(":"))
            {
                cursor.Take();
                continue;
            }

            var name = cursor.ExpectIdentifier("a label or relationship type");
            var known = name.Text == EntityKinds.EntityLabel || EntityKinds.TryParseLabel(name.Text, out _)
                || RelationshipTypes.TryParseCypher(name.Text, out _);
            if (!known)
            {
                throw new CypherSyntaxException(
                    name.Position, $"'{name.Text}' is neither a label nor a relationship type of the graph model.");
            }
        }
    }

    /// <summary><c>MERGE (v:Entity {id: '…'}) SET v:Kind, v += {…}, v.key = value</c>.</summary>
    private static void MergeEntity(TokenCursor cursor, IDraftGraph draft)
    {
        var start = cursor.Current.Position;
        var (variable, id) = ReadEntityPattern(cursor, "MERGE");
        var entity = draft.MergeEntity(id, start);
        if (cursor.TakeKeyword("SET"))
        {
            do
            {
                var target = cursor.ExpectIdentifier($"'{variable}' in SET");
                CheckVariable(target, variable);
                if (cursor.TakeSymbol(":"))
                {
                    var label = cursor.ExpectIdentifier("a label");
                    if (label.Text == EntityKinds.EntityLabel)
                    {
                        continue;
                    }

                    if (!EntityKinds.TryParseLabel(label.Text, out var kind))
                    {
                        throw new CypherSyntaxException(
                            label.Position, $"'{label.Text}' is not a kind label; use one of {string.Join(", ", EntityKinds.All)}.");
                    }

                    entity.SetKind(kind, label.Position);
                }
                else
                {
                    ReadPropertyAssignment(cursor, entity.Properties);
                }
            }
            while (cursor.TakeSymbol(","));
        }

        cursor.ExpectEnd("after the MERGE of an entity");
    }

    /// <summary><c>MATCH (a:Entity {id: '…'}), (b:Entity {id: '…'}) MERGE (a)-[r:TYPE {id: '…'}]->(b) SET r += {…}</c>.</summary>
    private static void MergeRelationship(TokenCursor cursor, IDraftGraph draft)
    {
        var ends = new Dictionary<string, string>(StringComparer.Ordinal);
        do
        {
            var at = cursor.Current.Position;
            var (variable, entityId) = ReadEntityPattern(cursor, "MATCH");
            if (!draft.HasEntity(entityId))
            {
                throw new CypherSyntaxException(at, $"No entity with the id '{entityId}' exists yet; MERGE it before a relationship that uses it.");
            }

            if (!ends.TryAdd(variable, entityId))
            {
                throw new CypherSyntaxException(at, $"The variable '{variable}' is matched twice.");
            }
        }
        while (cursor.TakeSymbol(","));

        var position = cursor.Current.Position;
        cursor.ExpectKeyword("MERGE", "after MATCH; a relationship is written MERGE (a)-[r:TYPE {id: '…'}]->(b)");
        var fromId = ReadEndVariable(cursor, ends);
        cursor.ExpectSymbol("-", "to start the relationship pattern (only (a)-[r:TYPE {id: '…'}]->(b) is supported)");
        cursor.ExpectSymbol("[", "to open the relationship");
        var relationshipVariable = cursor.ExpectIdentifier("a relationship variable").Text;
        cursor.ExpectSymbol(":", "before the relationship type");
        var typeToken = cursor.ExpectIdentifier("a relationship type");
        if (!RelationshipTypes.TryParseCypher(typeToken.Text, out var type))
        {
            throw new CypherSyntaxException(
                typeToken.Position,
                $"'{typeToken.Text}' is not a relationship type; use one of {string.Join(", ", RelationshipTypes.All.Select(t => t.ToCypher()))}.");
        }

        var id = ReadIdMap(cursor, "relationship");
        cursor.ExpectSymbol("]", "to close the relationship");
        cursor.ExpectSymbol("->", "after the relationship (relationships are written left to right)");
        var toId = ReadEndVariable(cursor, ends);
        var relationship = draft.MergeRelationship(id, type, fromId, toId, position);
        if (cursor.TakeKeyword("SET"))
        {
            do
            {
                CheckVariable(cursor.ExpectIdentifier($"'{relationshipVariable}' in SET"), relationshipVariable);
                ReadPropertyAssignment(cursor, relationship.Properties);
            }
            while (cursor.TakeSymbol(","));
        }

        cursor.ExpectEnd("after the MERGE of a relationship");
    }

    private static string ReadEndVariable(TokenCursor cursor, Dictionary<string, string> ends)
    {
        cursor.ExpectSymbol("(", "to open a node of the relationship pattern");
        var variable = cursor.ExpectIdentifier("a matched node variable");
        if (!ends.TryGetValue(variable.Text, out var id))
        {
            throw new CypherSyntaxException(variable.Position, $"'{variable.Text}' was not matched; MATCH it first.");
        }

        cursor.ExpectSymbol(")", "after the node variable");
        return id;
    }

    /// <summary><c>(v:Entity {id: '…'})</c>.</summary>
    private static (string Variable, string Id) ReadEntityPattern(TokenCursor cursor, string clause)
    {
        cursor.ExpectSymbol("(", $"after {clause}");
        var variable = cursor.ExpectIdentifier("a node variable").Text;
        cursor.ExpectSymbol(":", $"before the label; entities are matched as ({variable}:Entity {{id: '…'}})");
        var label = cursor.ExpectIdentifier("the label Entity");
        if (label.Text != EntityKinds.EntityLabel)
        {
            throw new CypherSyntaxException(
                label.Position, $"Entities are merged and matched on the label Entity, not '{label.Text}'; set the kind label with SET {variable}:{label.Text}.");
        }

        var id = ReadIdMap(cursor, "entity");
        cursor.ExpectSymbol(")", "to close the node pattern");
        return (variable, id);
    }

    private static string ReadIdMap(TokenCursor cursor, string what)
    {
        cursor.ExpectSymbol("{", $"to open the {what}'s id map");
        var key = cursor.ExpectIdentifier("id");
        if (key.Text != PropertyNames.Id)
        {
            throw new CypherSyntaxException(key.Position, $"A {what} is identified by its id alone: write {{id: '…'}}.");
        }

        cursor.ExpectSymbol(":", "after id");
        var id = cursor.ExpectString($"the {what} id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new CypherSyntaxException(key.Position, $"A {what} id cannot be empty.");
        }

        cursor.ExpectSymbol("}", $"to close the {what}'s id map");
        return id;
    }

    /// <summary><c>+= {key: value, …}</c> or <c>.key = value</c>, after the variable.</summary>
    private static void ReadPropertyAssignment(TokenCursor cursor, Dictionary<string, object?> properties)
    {
        if (cursor.TakeSymbol("+="))
        {
            cursor.ExpectSymbol("{", "after +=");
            if (cursor.TakeSymbol("}"))
            {
                return;
            }

            do
            {
                var key = cursor.ExpectIdentifier("a property key");
                cursor.ExpectSymbol(":", $"after the key '{key.Text}'");
                Assign(properties, key, cursor.ExpectValue());
            }
            while (cursor.TakeSymbol(","));
            cursor.ExpectSymbol("}", "to close the property map");
            return;
        }

        if (cursor.TakeSymbol("."))
        {
            var key = cursor.ExpectIdentifier("a property key");
            cursor.ExpectSymbol("=", $"after .{key.Text}");
            Assign(properties, key, cursor.ExpectValue());
            return;
        }

        throw cursor.Fail($"Expected ':Label', '+= {{…}}' or '.key = value' in SET, found {cursor.Current.Describe()}.");
    }

    private static void Assign(Dictionary<string, object?> properties, CypherToken key, object? value)
    {
        if (key.Text == PropertyNames.Id)
        {
            throw new CypherSyntaxException(key.Position, "The id is given in the MERGE pattern and cannot be changed by SET.");
        }

        properties[key.Text] = value;
    }

    private static void CheckVariable(CypherToken token, string expected)
    {
        if (token.Text != expected)
        {
            throw new CypherSyntaxException(token.Position, $"'{token.Text}' is not defined here; this statement's variable is '{expected}'.");
        }
    }
}
