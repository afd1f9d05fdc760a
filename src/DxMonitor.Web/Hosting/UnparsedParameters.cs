using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// Names the parameter when an endpoint refuses a value it cannot parse. The request delegates generated at compile
/// time answer a bad optional value (<c>int? page</c>, <c>DateOnly? asOf</c>) with a bare 400, where the ones built at
/// run time threw the <see cref="BadHttpRequestException"/> that <see cref="ProblemExceptionHandler"/> turns into a
/// detail saying which parameter and value. This looks only at a 400 the endpoint answered without a body, so it
/// never refuses a request the endpoint accepted.
/// </summary>
public static class UnparsedParameters
{
    public static void UseUnparsedParameterDetail(this WebApplication app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response is { StatusCode: StatusCodes.Status400BadRequest, HasStarted: false }
            && context.GetEndpoint() is { } endpoint && FirstUnparsed(context, endpoint) is { } failed)
        {
            throw new BadHttpRequestException(string.Create(CultureInfo.InvariantCulture,
                $"Failed to bind parameter \"{TypeName(failed.Parameter.ParameterType)} {failed.Parameter.Name}\" from \"{failed.Value}\"."));
        }
    });

    private static (ParameterInfo Parameter, string Value)? FirstUnparsed(HttpContext context, Endpoint endpoint)
    {
        foreach (var binding in endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>().Where(b => b.HasTryParse))
        {
            var value = context.Request.RouteValues.TryGetValue(binding.Name, out var route) && route is not null
                ? Convert.ToString(route, CultureInfo.InvariantCulture)
                : context.Request.Query[binding.Name].FirstOrDefault();
            if (!string.IsNullOrEmpty(value) && !Parses(Nullable.GetUnderlyingType(binding.ParameterInfo.ParameterType) ?? binding.ParameterInfo.ParameterType, value))
            {
                return (binding.ParameterInfo, value);
            }
        }
        return null;
    }

    private static bool Parses(Type type, string value)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: true, out _);
        }
        var withCulture = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static,
            [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        if (withCulture is not null)
        {
            return (bool)withCulture.Invoke(null, [value, CultureInfo.InvariantCulture, null])!;
        }
        var plain = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]);
        return plain is null || (bool)plain.Invoke(null, [value, null])!;
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(bool)] = "bool",
        [typeof(decimal)] = "decimal",
        [typeof(double)] = "double",
    };

    private static string TypeName(Type type) =>
        Nullable.GetUnderlyingType(type) is { } inner ? TypeName(inner) + "?" : Keywords.GetValueOrDefault(type, type.Name);
}
