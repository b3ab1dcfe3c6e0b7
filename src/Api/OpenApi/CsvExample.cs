using Jipp.Api.Representations;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>Endpoint metadata: the 200 answer is also offered as CSV, shown by this example.</summary>
public sealed class CsvExampleMetadata(string example)
{
    public string Example { get; } = example;
}

/// <summary>
/// For operations with <see cref="CsvExampleMetadata"/>: the <c>text/csv</c> content of the 200 answer is text (not the
/// JSON schema the endpoint's type gives it) with the CSV example, and the answer's headers are declared: the strong
/// <c>ETag</c> of its bytes, <c>Vary</c>, <c>Cache-Control</c>, and the CSV's <c>Content-Disposition</c>; 304 has no body.
/// </summary>
public sealed class CsvExampleOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var csv = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvExampleMetadata>().FirstOrDefault();
        if (csv is null || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }

        ok.Content ??= new Dictionary<string, OpenApiMediaType>();
        ok.Content[MediaTypes.Csv] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "CSV (RFC 4180): a header row, then one record per hub; UTF-8 with a byte order mark." },
            Example = System.Text.Json.Nodes.JsonValue.Create(csv.Example),
        };
        ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
        ok.Headers["ETag"] = Header("A strong ETag of this answer's bytes (JSON and CSV differ). Send it in `If-None-Match` to get a bodiless 304 while the answer is unchanged.", required: true);
        ok.Headers["Vary"] = Header("`Accept`: the answer depends on the media type asked for.", required: true);
        ok.Headers["Cache-Control"] = Header("`no-cache` (revalidate with the ETag); `no-store` for requests with an API key.", required: true);
        ok.Headers["Content-Disposition"] = Header("CSV only: `attachment` with the file name to save it as.", required: false);

        if (operation.Responses.GetValueOrDefault("304") is OpenApiResponse notModified)
        {
            notModified.Description = "Not modified: the answer is the one whose ETag was sent in `If-None-Match`.";
            notModified.Content?.Clear();
            notModified.Headers ??= new Dictionary<string, IOpenApiHeader>();
            notModified.Headers["ETag"] = Header("The answer's ETag, unchanged: the one sent in `If-None-Match`.", required: true);
        }
    }

    private static OpenApiHeader Header(string description, bool required) =>
        new() { Description = description, Required = required, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
