using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Units;

/// <summary>A named set of units: a filter for lists and a peer group a ranking methodology can name by its code.</summary>
public sealed record UnitGroupResponse(
    string Code, string NameVi, string NameEn, string? DescriptionVi, string? DescriptionEn, IReadOnlyList<string> Members);

/// <summary>A group as an administrator writes it: names, description and the codes of its members.</summary>
public sealed record UnitGroupRequest(
    string? Code = null, string? NameVi = null, string? NameEn = null, string? DescriptionVi = null, string? DescriptionEn = null, IReadOnlyList<string>? Members = null);

/// <summary>Unit groups (nhóm đơn vị): read by everyone, written by national administrators, audited.</summary>
public static class UnitGroupsApi
{
    public static void MapUnitGroups(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/unit-groups").WithTags("Units");
        group.MapGet("/", List).WithSummary("Every unit group with the codes of its members.");
        group.MapGet("/{code}", Get).WithSummary("One unit group with the codes of its members.");
        group.MapPost("/", Create).RequireAuthorization(UsersApi.Administer).WithSummary("Creates a unit group.");
        group.MapPut("/{code}", Update).RequireAuthorization(UsersApi.Administer).WithSummary("Replaces a unit group's names, description and members.");
    }

    internal static async Task<Ok<List<UnitGroupResponse>>> List(DxDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await UnitGroupQueries.AllAsync(db, ct));

    internal static async Task<Results<Ok<UnitGroupResponse>, ProblemHttpResult>> Get(string code, DxDbContext db, CancellationToken ct) =>
        (await UnitGroupQueries.AllAsync(db, ct)).FirstOrDefault(g => g.Code == code) is { } found ? TypedResults.Ok(found) : NotFound(code);

    internal static async Task<Created<UnitGroupResponse>> Create(
        UnitGroupRequest body, DxDbContext db, IAuditContext audit, TimeProvider clock, CancellationToken ct)
    {
        var code = Require.Code(body.Code?.Trim(), "unit", "code");
        if (await db.UnitGroups.AnyAsync(g => g.Code == code, ct))
        {
            throw new RuleViolationException(UnitsText.Texts.Format("GroupCodeTaken", code), "code");
        }
        var members = await MemberIdsAsync(body, db, ct);
        var group = new UnitGroup { Code = code, NameVi = "", NameEn = "" };
        Apply(group, body, members);
        db.UnitGroups.Add(group);
        db.RecordChanges.Add(Audit(group, "Created", null, body, audit, clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/unit-groups/{code}", (await UnitGroupQueries.AllAsync(db, ct)).Single(g => g.Code == code));
    }

    internal static async Task<Results<Ok<UnitGroupResponse>, ProblemHttpResult>> Update(
        string code, UnitGroupRequest body, DxDbContext db, IAuditContext audit, TimeProvider clock, CancellationToken ct)
    {
        var group = await db.UnitGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Code == code, ct);
        if (group is null)
        {
            return NotFound(code);
        }
        var before = (await UnitGroupQueries.AllAsync(db, ct)).Single(g => g.Code == code);
        var members = await MemberIdsAsync(body, db, ct);
        Apply(group, body, members);
        db.RecordChanges.Add(Audit(group, "Updated", before, body, audit, clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await UnitGroupQueries.AllAsync(db, ct)).Single(g => g.Code == code));
    }

    private static void Apply(UnitGroup group, UnitGroupRequest body, IReadOnlyList<int> members)
    {
        group.NameVi = UnitRules.Name(body.NameVi, "nameVi");
        group.NameEn = UnitRules.Name(body.NameEn, "nameEn");
        group.DescriptionVi = Description(body.DescriptionVi, "descriptionVi");
        group.DescriptionEn = Description(body.DescriptionEn, "descriptionEn");
        group.Members.RemoveAll(m => !members.Contains(m.UnitId));
        group.Members.AddRange(members.Where(id => group.Members.All(m => m.UnitId != id)).Select(id => new UnitGroupMember { UnitId = id }));
    }

    private static string? Description(string? text, string field)
    {
        var trimmed = text?.Trim().Normalize();
        return string.IsNullOrEmpty(trimmed) ? null
            : trimmed.Length <= 1000 ? trimmed : throw new RuleViolationException(UnitsText.Texts.Format("NoteTooLong", 1000), field);
    }

    private static async Task<List<int>> MemberIdsAsync(UnitGroupRequest body, DxDbContext db, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var ids = new List<int>();
        var codes = body.Members ?? [];
        for (var i = 0; i < codes.Count; i++)
        {
            var unit = units.Require(codes[i]?.Trim() ?? "", $"members[{i}]");
            if (ids.Contains(unit.Id))
            {
                throw new RuleViolationException(UnitsText.Texts.Format("MemberTwice", unit.Code), $"members[{i}]");
            }
            ids.Add(unit.Id);
        }
        return ids;
    }

    private static RecordChange Audit(UnitGroup group, string action, UnitGroupResponse? before, UnitGroupRequest after, IAuditContext audit, TimeProvider clock) => new()
    {
        Subject = $"unit-group/{group.Code}",
        Action = action,
        OldValues = before is null ? null : JsonSerializer.Serialize(before, AuditJson.Options),
        NewValues = JsonSerializer.Serialize(after with { Code = group.Code }, AuditJson.Options),
        ChangedBy = audit.ActorName,
        ChangedAt = clock.GetUtcNow().UtcDateTime,
        ClientAddress = audit.ClientAddress,
    };

    internal static ProblemHttpResult NotFound(string code) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: UnitsText.Texts.Format("UnknownGroupTitle"), detail: UnitsText.Texts.Format("GroupNotFound", code));
}
