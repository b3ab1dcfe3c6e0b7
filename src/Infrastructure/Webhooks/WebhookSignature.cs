using System.Security.Cryptography;
using System.Text;

namespace Jipp.Infrastructure.Webhooks;

/// <summary>
/// Signatures of the Standard Webhooks specification: <c>v1,</c> and the base64 of HMAC-SHA256, keyed with the
/// secret's bytes, over <c>{webhook-id}.{webhook-timestamp}.{body}</c>. Several secrets (during a rotation) give
/// several signatures, separated by spaces.
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static string Sign(byte[] secret, string messageId, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(secret, content));
    }

    public static string Header(IEnumerable<byte[]> secrets, string messageId, long timestamp, ReadOnlySpan<byte> body)
    {
        var signatures = new List<string>();
        foreach (var secret in secrets)
        {
            signatures.Add(Sign(secret, messageId, timestamp, body));
        }

        return string.Join(' ', signatures);
    }

    /// <summary>The bytes of a secret in its shown form (<c>whsec_</c> and base64).</summary>
    public static byte[] SecretBytes(string secret) =>
        Convert.FromBase64String(secret.StartsWith(WebhookSecrets.Prefix, StringComparison.Ordinal) ? secret[WebhookSecrets.Prefix.Length..] : secret);
}
