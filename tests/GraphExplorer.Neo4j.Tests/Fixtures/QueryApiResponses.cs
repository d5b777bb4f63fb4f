namespace GraphExplorer.Neo4j.Tests.Fixtures;

/// <summary>Answers in the shapes of Neo4j's Query API documentation (typed JSON, application/vnd.neo4j.query).</summary>
public static class QueryApiResponses
{
    public const string EveryType = """
        {"data":{"fields":["int","max","float","sci","nan","inf","string","true","null","bytes","list","map","date",
          "time","localTime","zoned","offset","localDateTime","duration","point","nanos"],
        "values":[[
          {"$type":"Integer","_value":"123"},
          {"$type":"Integer","_value":"9223372036854775807"},
          {"$type":"Float","_value":"4.56"},
          {"$type":"Float","_value":"3.2E9"},
          {"$type":"Float","_value":"NaN"},
          {"$type":"Float","_value":"-Infinity"},
          {"$type":"String","_value":"Hello World"},
          {"$type":"Boolean","_value":true},
          {"$type":"Null","_value":null},
          {"$type":"Base64","_value":"A2+/"},
          {"$type":"List","_value":[{"$type":"String","_value":"A"},{"$type":"Integer","_value":"2"}]},
          {"$type":"Map","_value":{"fieldA":{"$type":"String","_value":"A"},"fieldB":{"$type":"Float","_value":"0.1"}}},
          {"$type":"Date","_value":"2015-03-26"},
          {"$type":"Time","_value":"12:50:35.556+01:00"},
          {"$type":"LocalTime","_value":"12:50:35.556"},
          {"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142Z[Antarctica/Troll]"},
          {"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142-01:00"},
          {"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"},
          {"$type":"Duration","_value":"P14DT16H12M"},
          {"$type":"Point","_value":"SRID=7203;POINT (1.2 3.4)"},
          {"$type":"LocalDateTime","_value":"2015-07-04T19:32:24.123456789"}
        ]]},
        "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
        """;

    private const string Alice = """
        {"$type":"Node","_value":{"_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:0","_labels":["Person"],
          "_properties":{"name":{"$type":"String","_value":"Alice"},"age":{"$type":"Integer","_value":"42"}}}}
        """;

    private const string Phil = """
        {"$type":"Node","_value":{"_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","_labels":["Person","Entity"],
          "_properties":{"name":{"$type":"String","_value":"Phil"}}}}
        """;

    private const string Likes = """
        {"$type":"Relationship","_value":{"_element_id":"5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
          "_start_node_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
          "_end_node_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","_type":"LIKES",
          "_properties":{"since":{"$type":"String","_value":"forever!"}}}}
        """;

    public const string GraphValues = "{\"data\":{\"fields\":[\"a\",\"r\",\"p\"],\"values\":[[" + Alice + "," + Likes + "," +
        "{\"$type\":\"Path\",\"_value\":[" + Alice + "," + Likes + "," + Phil + "]}" + "]]},\"bookmarks\":[\"FB:1\"]}";

    public const string Counters = """
        {"data":{"fields":["n.name"],"values":[[{"$type":"String","_value":"Peter"}]]},
         "counters":{"containsUpdates":true,"nodesCreated":1,"nodesDeleted":0,"propertiesSet":1,"relationshipsCreated":0,
           "relationshipsDeleted":0,"labelsAdded":1,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,
           "constraintsAdded":0,"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},
         "bookmarks":["FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA="]}
        """;

    public const string Empty = """{"data":{"fields":[],"values":[]},"bookmarks":["FB:empty"]}""";

    public const string One = """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":["FB:one"]}""";

    public const string SyntaxError = """
        {"errors":[{"code":"Neo.ClientError.Statement.SyntaxError",
          "message":"Invalid input 'RETRUN': expected 'RETURN' (line 1, column 1 (offset: 0))"}]}
        """;

    public const string Unauthorized = """
        {"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}
        """;

    public const string Forbidden = """
        {"errors":[{"code":"Neo.ClientError.Security.Forbidden","message":"Create node with labels 'Entity' on database 'neo4j' is not allowed for user 'reader' with roles [PUBLIC, reader]."}]}
        """;

    public const string DatabaseNotFound = """
        {"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist. Database name: 'graphs'."}]}
        """;

    /// <summary>An error found while streaming: the status was already 202 and data had begun.</summary>
    public const string AcceptedWithErrors = """
        {"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]},
         "errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}
        """;

    public const string Transient = """
        {"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"Database 'neo4j' is unavailable."}]}
        """;

    public const string Deadlock = """
        {"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient[1] can't acquire ExclusiveLock"}]}
        """;

    public const string BeginTransaction = """
        {"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"lyU","expires":"2024-10-22T15:48:29Z"}}
        """;

    public const string RunInTransaction = """
        {"data":{"fields":["bob"],"values":[[{"$type":"String","_value":"Bob"}]]},
         "counters":{"containsUpdates":true,"nodesCreated":1,"propertiesSet":2,"labelsAdded":1},
         "bookmarks":[],"transaction":{"id":"lyU","expires":"2024-10-22T15:49:29Z"}}
        """;

    public const string Commit = """{"data":{"fields":[],"values":[]},"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}""";

    public const string TransactionNotFound = """
        {"errors":[{"code":"Neo.ClientError.Transaction.TransactionNotFound","message":"Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."}]}
        """;

    /// <summary>The shape the Query API documentation shows for an expired transaction.</summary>
    public const string ExpiredTransactionAsDocumented = """
        {"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."}]}
        """;
}
