using Jipp.Api.Errors;
using Jipp.Api.Localization;
using Jipp.Application.Common.Errors;
using Jipp.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Jipp.Api.Security;

/// <summary>Answers a missing key with 401 and a role that may not call the route with 403, both as problems.</summary>
public sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            await WriteUnauthenticatedAsync(context, Refusal.Unauthenticated.Detail.Text);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await ProblemWriter.WriteAsync(context, Refusal.Forbidden, ApiMessages.RoleMayNotCall.Text);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    public static ValueTask WriteUnauthenticatedAsync(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = $"{ClientClaims.Scheme} header=\"{ClientClaims.HeaderName}\"";
        return ProblemWriter.WriteAsync(context, Refusal.Unauthenticated, detail);
    }
}

/// <summary>
/// A key that is sent but unknown or revoked is refused on every route, also those open to
/// anonymous callers, so that a misconfigured or revoked client finds out at once.
/// </summary>
public sealed class RejectInvalidApiKeyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey(ClientClaims.HeaderName) && context.User.Identity?.IsAuthenticated != true)
        {
            await ProblemAuthorizationResultHandler.WriteUnauthenticatedAsync(context, ApiMessages.ApiKeyUnknown.Text);
            return;
        }

        await next(context);
    }
}
