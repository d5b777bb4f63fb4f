using GraphExplorer.Core.Store;

namespace GraphExplorer.Api.Limits;

internal static class TraversalLimitsValidation
{
    public const string Message =
        "Every GraphExplorer:Limits setting must be a positive whole number; check the configuration and environment variables (GraphExplorer__Limits__…).";

    public static bool AllPositive(TraversalLimits limits) =>
        typeof(TraversalLimits).GetProperties().Where(p => p.PropertyType == typeof(int)).All(p => (int)p.GetValue(limits)! > 0);
}
