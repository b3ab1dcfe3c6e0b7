using System.Security.Cryptography;
using System.Text;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>
/// What a receiver does to verify a delivery, written from the Standard Webhooks specification independently of
/// the service's signer (the test would prove nothing if it signed with the same code).
/// </summary>
public static class WebhookVerifier
{
    public static bool Verify(string secret, string id, string timestamp, string body, string signatureHeader)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.FromBase64String(Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"))));
        foreach (var signature in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = signature.Split(',', 2);
            if (parts.Length == 2 && parts[0] == "v1" && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(parts[1]), expected))
            {
                return true;
            }
        }

        return false;
    }
}
