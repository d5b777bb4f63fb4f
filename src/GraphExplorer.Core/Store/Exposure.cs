using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Store;

/// <summary>
/// A regulation or regulator that reaches the entity. <see cref="Path"/> starts at the entity,
/// passes through <see cref="Through"/> (the thing actually restricted or regulated) and ends at
/// <see cref="By"/>.
/// </summary>
public sealed record Exposure(Entity By, Entity Through, ExposureChannel Channel, GraphPath Path);
