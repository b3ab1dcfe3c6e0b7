using Jipp.Api.Errors;

namespace Jipp.Api.Endpoints;

internal static class EndpointConventions
{
    /// <summary>Declares the problem responses an operation can give, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.Produces<ApiProblem>(status, ProblemWriter.ContentType);
        }

        return builder;
    }

    public const string PageSizeDescription = "Items per page, 1–100 (default 20).";
    public const string CursorDescription = "The nextCursor of the previous page; omit for the first page.";
}
