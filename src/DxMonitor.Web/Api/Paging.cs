using DxMonitor.Domain;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Api;

/// <summary>One page of a list, with the total so clients can page on.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Which page of a list to return: page from 1, at most <see cref="MaxPageSize"/> items.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public int Skip => (Page - 1) * PageSize;

    public static PageRequest From(int? page, int? pageSize)
    {
        if (page is < 1)
        {
            throw new RuleViolationException(ApiText.Texts.Format("PageTooLow", page), "page");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new RuleViolationException(ApiText.Texts.Format("PageSizeOutOfRange", MaxPageSize, pageSize), "pageSize");
        }
        return new PageRequest(page ?? 1, pageSize ?? DefaultPageSize);
    }

    public Paged<T> Of<T>(IEnumerable<T> all)
    {
        var list = all as IReadOnlyCollection<T> ?? [.. all];
        return new Paged<T>([.. list.Skip(Skip).Take(PageSize)], Page, PageSize, list.Count);
    }
}
