namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// Marks a test class that takes a minute or more of a full run (a crawl, product processes killed and restarted), so
/// that <see cref="LongestFirst"/> starts it with the first classes instead of leaving it alone at the end of the run.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsLongAttribute : Attribute;
