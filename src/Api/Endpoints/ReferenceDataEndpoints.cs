using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Paging;
using Jipp.Application.Regions;
using Jipp.Application.Regions.GetProvince;
using Jipp.Application.Regions.ListProvinces;
using Jipp.Application.Regions.ListRegencies;
using Jipp.Application.Sectors.ListSectors;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Provinces, regencies and cities (Kemendagri codes), and the 32 sectors of UU 23/2014.</summary>
public static class ReferenceDataEndpoints
{
    private const string Tag = "Reference data";

    public static IEndpointRouteBuilder MapReferenceDataEndpoints(this IEndpointRouteBuilder routes)
    {
        var provinces = routes.MapGroup("/provinces").WithTags(Tag);
        provinces.MapGet("/", ListProvinces)
            .WithName(nameof(ListProvinces))
            .WithSummary("List all 38 provinces")
            .WithDescription("All provinces in Kemendagri code order, not paged (`nextCursor` is always null). `hubId` is the province's active Hub JIPP, if any.");
        provinces.MapGet("/{code}", GetProvince)
            .WithName(nameof(GetProvince))
            .WithSummary("Get one province")
            .WithDescription("One province by its two-digit Kemendagri code, with the number of its regencies and cities.")
            .Refuses(Refusal.NotFound);
        provinces.MapGet("/{code}/regencies", ListRegencies)
            .WithName(nameof(ListRegencies))
            .WithSummary("List a province's regencies and cities")
            .WithDescription("The regencies (kabupaten) and cities (kota) of a province in code order, not paged.")
            .Refuses(Refusal.NotFound);

        routes.MapGet("/sectors", ListSectors)
            .WithTags(Tag)
            .WithName(nameof(ListSectors))
            .WithSummary("List the 32 sectors")
            .WithDescription("The concurrent government affairs of UU 23/2014 Art. 12 in the law's order, used to classify innovations; not paged.");
        return routes;
    }

    /// <summary>Lists all provinces.</summary>
    internal static async Task<Ok<Page<ProvinceDto>>> ListProvinces(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListProvinces(), ct));

    /// <summary>Gets one province.</summary>
    /// <param name="code">Two-digit Kemendagri province code, such as <c>35</c> (Jawa Timur).</param>
    internal static async Task<Ok<ProvinceDetailDto>> GetProvince(string code, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProvince(code), ct));

    /// <summary>Lists a province's regencies and cities.</summary>
    /// <param name="code">Two-digit Kemendagri province code, such as <c>35</c> (Jawa Timur).</param>
    internal static async Task<Ok<Page<RegencyDto>>> ListRegencies(string code, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListRegencies(code), ct));

    /// <summary>Lists the sectors.</summary>
    internal static async Task<Ok<Page<SectorDto>>> ListSectors(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListSectors(), ct));
}
