using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Operations;

/// <summary>Which build answers: operators and monitoring compare it across instances during a rolling deploy.</summary>
public static class VersionApi
{
    public static void MapVersion(this IEndpointRouteBuilder api) =>
        api.MapGet("/version", Get).WithTags("Operations")
            .WithSummary("The product's version and the git commit it was built from (anonymous).");

    internal static Ok<ProductVersion> Get() => TypedResults.Ok(ProductVersion.Current);
}
