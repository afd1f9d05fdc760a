using DxMonitor.Domain;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Api;

/// <summary>Errors collected while checking an input, each under the field it is about; answered as one 422 problem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    /// <summary>Adds the error and answers false, for checks that read "ok = errors.Fail(...)".</summary>
    public bool Fail(string field, string message)
    {
        Add(field, message);
        return false;
    }

    public void AddAll(FieldErrors other)
    {
        foreach (var (field, messages) in other._errors)
        {
            messages.ForEach(m => Add(field, m));
        }
    }

    public void AddRange(IEnumerable<FieldProblem> problems, string prefix = "")
    {
        foreach (var problem in problems)
        {
            Add(prefix + problem.Field, problem.Message);
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public ProblemHttpResult ToProblem(string title) => TypedResults.Problem(new HttpValidationProblemDetails(ToDictionary())
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = title,
    });

    /// <summary>403 naming the field that pointed at a unit the writer may not write.</summary>
    public static ProblemHttpResult NotYourUnit(string field, string unitCode) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: ApiText.Texts.Format("NotYourUnitTitle"),
        detail: ApiText.Texts.Format("MayNotWriteUnit", unitCode) + " " + ApiText.Texts.Format("NothingStored"),
        extensions: new Dictionary<string, object?> { ["field"] = field });
}
