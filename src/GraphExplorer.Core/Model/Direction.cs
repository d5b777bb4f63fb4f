namespace GraphExplorer.Core.Model;

/// <summary>Which relationships of an entity to follow, relative to that entity.</summary>
public enum Direction
{
    Out,
    In,
    Both,
}
