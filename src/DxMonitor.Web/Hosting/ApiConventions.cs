using System.Text.Json.Serialization;
using DxMonitor.Web.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace DxMonitor.Web.Hosting;

/// <summary>How every endpoint speaks: JSON options, problem details for every error, body size limit, OpenAPI.</summary>
public static class ApiConventions
{
    public static void AddApiConventions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var limits = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // A missing "value" must be an error, not a silent 0.
            json.SerializerOptions.RespectRequiredConstructorParameters = true;
            json.SerializerOptions.RespectNullableAnnotations = true;
        });
        // Bad request bodies reach ProblemExceptionHandler, which can name the offending field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            ProblemTitles.Translate(context.ProblemDetails);
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                ValidationKeys.UseJsonNames(validation.Errors);
                FrameworkMessages.Translate(validation.Errors);
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        services.AddApiDocument();
    }

    public static void UseApiConventions(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(PlainAnswers.StatusPageAsync);
        app.UseUnparsedParameterDetail();
    }

    /// <summary>The conventions every route of /api/v1 follows: deprecation notices, ETags on open reads, page links.</summary>
    public static RouteGroupBuilder WithApiConventions(this RouteGroupBuilder api)
    {
        api.AddEndpointFilter(Deprecation.FilterAsync);
        api.AddEndpointFilter(ConditionalReads.FilterAsync);
        api.AddEndpointFilter(Api.PageLinks.FilterAsync);
        return api;
    }
}
