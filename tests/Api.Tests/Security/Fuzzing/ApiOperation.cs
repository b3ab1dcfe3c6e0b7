using System.Text.Json.Nodes;

namespace Jipp.Api.Tests.Security.Fuzzing;

public sealed record ApiParameter(string Name, string In, JsonObject Schema);

/// <summary>One operation of the OpenAPI document: method, path template, parameters and body schema (references resolved).</summary>
public sealed record ApiOperation(string Method, string Path, string OperationId, IReadOnlyList<ApiParameter> Parameters, JsonObject? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of the document, in document order.</summary>
    public static IReadOnlyList<ApiOperation> AllOf(JsonNode document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" || node is not JsonObject operation)
                {
                    continue;
                }

                var parameters = (operation["parameters"]?.AsArray() ?? [])
                    .Select(p => Resolve(document, p!.AsObject()))
                    .Select(p => new ApiParameter(
                        p["name"]!.GetValue<string>(),
                        p["in"]!.GetValue<string>(),
                        Resolve(document, p["schema"]?.AsObject() ?? [])))
                    .ToList();
                var body = operation["requestBody"]?["content"]?["application/json"]?["schema"] is JsonObject schema ? Resolve(document, schema) : null;
                operations.Add(new ApiOperation(
                    method.ToUpperInvariant(),
                    path,
                    operation["operationId"]?.GetValue<string>() ?? $"{method} {path}",
                    parameters,
                    body));
            }
        }

        return operations;
    }

    /// <summary>Follows a local <c>$ref</c> (repeatedly) to the object it names.</summary>
    public static JsonObject Resolve(JsonNode document, JsonObject node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            JsonNode? target = document;
            foreach (var segment in reference.TrimStart('#', '/').Split('/'))
            {
                target = target?[segment];
            }

            node = target as JsonObject ?? throw new InvalidOperationException($"Unresolved reference {reference}.");
        }

        return node;
    }
}
