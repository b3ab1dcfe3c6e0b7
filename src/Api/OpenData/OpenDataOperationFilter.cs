using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using Jipp.Api.Endpoints;
using Jipp.Application.OpenData;
using Jipp.Domain.Agencies;
using Jipp.Domain.Innovations;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenData;

/// <summary>
/// Completes the open data operations in the OpenAPI document: an example of each media type, written by the same
/// writers and columns as the export itself (so the examples cannot drift), and the caching and download headers.
/// </summary>
public sealed class OpenDataOperationFilter : IOperationFilter
{
    private static readonly OpenInnovationRow Sample = new(
        Guid.Parse("01938c2e-7a10-7c3d-9d51-3f8a2b6c4e04"),
        "Surabaya Single Window",
        "Perizinan berusaha diajukan, dipantau dan diterbitkan secara daring dalam satu portal.",
        "Pemohon izin harus mendatangi beberapa dinas, lalu menunggu \"tanpa kabar\".",
        "Satu portal daring untuk pengajuan, pelacakan dan penerbitan izin.",
        "Waktu penerbitan izin turun dari 14 hari menjadi 3 hari.",
        "investment",
        "Penanaman Modal",
        "Investment",
        InnovationForm.PublicService,
        Digital: true,
        MaturityStage.Implementation,
        new DateOnly(2021, 3, 1),
        new DateOnly(2022, 1, 10),
        Replicable: true,
        ReplicatedFromId: null,
        ReplicationCount: 2,
        new DateTimeOffset(2023, 4, 12, 3, 15, 0, TimeSpan.Zero),
        Guid.Parse("01938c2e-7a10-7c3d-9d51-3f8a2b6c4e01"),
        "Pemerintah Kota Surabaya",
        AgencyType.CityGovernment,
        "35",
        "35",
        "Jawa Timur",
        "35.78",
        "Kota Surabaya",
        Guid.Parse("01938c2e-7a10-7c3d-9d51-3f8a2b6c4e03"));

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var marker = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<OpenDataExportMetadata>().FirstOrDefault();
        if (marker is null || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok || ok.Content is null)
        {
            return;
        }

        ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
        ok.Headers["Cache-Control"] = Header("`public, max-age=300` (`Jipp:OpenData:MaxAgeSeconds`) for anonymous calls; `no-store` for calls with an API key.");
        ok.Headers["Vary"] = Header("`Accept` (and `Accept-Language` for the dictionary): the representation depends on them.");
        if (!marker.Export)
        {
            if (ok.Content.TryGetValue(OpenDataMediaTypes.Csv, out var dictionaryCsv))
            {
                dictionaryCsv.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One row per column of the export." };
                dictionaryCsv.Example = JsonValue.Create("name,type,format,required,description,values,codesSource,codesReference\r\nid,string,uuid,true,\"The innovation's identifier, as GET /api/v1/innovations/{id} knows it.\",,,\r\n");
            }

            return;
        }

        ok.Headers["ETag"] = new OpenApiHeader
        {
            Description = "Strong; names the published set as it stands, the columns, the format and the filters. Send it in `If-None-Match` to get 304 when nothing changed.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        ok.Headers["Last-Modified"] = Header("When the published set last changed (absent while nothing was ever published).");
        ok.Headers["Content-Disposition"] = new OpenApiHeader
        {
            Description = "`attachment; filename=jipp-innovations-yyyy-MM-dd.csv` (or `.ndjson`), with the UTC date of the download.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        if (ok.Content.TryGetValue(OpenDataMediaTypes.Csv, out var csv))
        {
            csv.Example = JsonValue.Create(Written(body => OpenDataWriters.WriteCsvAsync(body, OpenDataColumns.All, Rows(), 1, CancellationToken.None)));
        }

        if (ok.Content.TryGetValue(OpenDataMediaTypes.Ndjson, out var ndjson))
        {
            ndjson.Example = JsonValue.Create(Written(body => OpenDataWriters.WriteNdjsonAsync(PipeWriter.Create(body, new StreamPipeWriterOptions(leaveOpen: true)), OpenDataColumns.All, Rows(), 1, CancellationToken.None)));
        }

        if (operation.Responses.GetValueOrDefault("304") is OpenApiResponse notModified)
        {
            notModified.Description = "Not modified: the `ETag` sent in `If-None-Match` is still current; no body, and the export was not read.";
            notModified.Headers ??= new Dictionary<string, IOpenApiHeader>();
            notModified.Headers["ETag"] = Header("The current ETag (the one sent).");
        }
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };

    private static async IAsyncEnumerable<OpenInnovationRow> Rows()
    {
        await Task.CompletedTask;
        yield return Sample;
    }

    /// <summary>What a writer writes of the sample row, as text (the document is generated once, off any request).</summary>
    private static string Written(Func<Stream, Task> write)
    {
        using var buffer = new MemoryStream();
        write(buffer).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
