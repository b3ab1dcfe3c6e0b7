using System.Text.Encodings.Web;
using Jipp.Application.Common.Interfaces;
using Jipp.Infrastructure.Persistence;
using Jipp.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jipp.Api.Security;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header against the stored key hashes. No header means an
/// anonymous caller; a header with an unknown or revoked key fails authentication.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyService keys,
    ApiKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ClientClaims.HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > ApiKeyService.MaxKeyLength)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var hash = keys.Hash(key);
        if (!cache.TryGet(hash, out var client))
        {
            // The context is taken only here, so that anonymous requests and remembered keys rent none for authentication.
            var db = Context.RequestServices.GetRequiredService<JippDbContext>();
            client = await db.ApiClients.AsNoTracking()
                .Where(c => c.KeyHash == hash && c.RevokedAt == null)
                .Select(c => new AuthenticatedClient(c.Id, c.Name, c.Role, c.AgencyId, c.HubId, c.KeyHash))
                .SingleOrDefaultAsync(Context.RequestAborted);
            if (client is not null)
            {
                cache.Remember(client);
            }
        }

        // The index (or the cache) finds the row by hash; the final check compares the whole hash in constant time.
        if (client is null || !keys.Matches(key, client.KeyHash))
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(client.ToPrincipal(), ClientClaims.Scheme));
    }
}
