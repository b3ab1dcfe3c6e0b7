using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Jipp.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jipp.Infrastructure.Webhooks;

/// <summary>
/// Signing secrets: 32 random bytes, shown as <c>whsec_</c> and base64 (Standard Webhooks), stored encrypted
/// with AES-256-GCM under a key from configuration (<c>Jipp:Webhooks:SecretKeys</c>), so that a copy of the
/// database alone does not let anyone forge deliveries. The stored form names its key by a short fingerprint.
/// </summary>
public sealed partial class WebhookSecrets : IWebhookSecrets
{
    public const string Prefix = "whsec_";
    private const int SecretBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly (string Id, byte[] Key)[] _keys;

    public WebhookSecrets(IOptions<WebhookDeliveryOptions> options, ILogger<WebhookSecrets> logger)
    {
        var configured = options.Value.SecretKeys.Select(k => TryReadKey(k, out var key) ? key : throw new InvalidOperationException("Jipp:Webhooks:SecretKeys holds a key that is not the base64 of 32 bytes.")).ToList();
        if (configured.Count == 0)
        {
            LogEphemeralKey(logger);
            configured.Add(RandomNumberGenerator.GetBytes(32));
        }

        _keys = [.. configured.Select(k => (KeyId(k), k))];
    }

    public NewWebhookSecret Generate()
    {
        var bytes = RandomNumberGenerator.GetBytes(SecretBytes);
        return new NewWebhookSecret(Prefix + Convert.ToBase64String(bytes), Protect(bytes));
    }

    /// <summary>The secret's bytes (what the signature is keyed with) from its stored form.</summary>
    /// <exception cref="CryptographicException">The key that encrypted it is not configured, or the stored form was altered.</exception>
    public byte[] Unprotect(string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 3 || parts[0] != "v1")
        {
            throw new CryptographicException("The stored webhook secret is not in a known form.");
        }

        var key = _keys.FirstOrDefault(k => k.Id == parts[1]).Key
            ?? throw new CryptographicException($"The key {parts[1]} that encrypted the webhook secret is not among Jipp:Webhooks:SecretKeys.");
        var sealedBytes = Convert.FromBase64String(parts[2]);
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        var tag = sealedBytes.AsSpan(sealedBytes.Length - TagBytes);
        var cipher = sealedBytes.AsSpan(NonceBytes, sealedBytes.Length - NonceBytes - TagBytes);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(nonce, cipher, tag, plain, Encoding.ASCII.GetBytes(parts[1]));
        return plain;
    }

    public static bool TryReadKey(string? value, [NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        try
        {
            key = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return key.Length == 32;
    }

    private string Protect(byte[] secret)
    {
        var (id, key) = _keys[0];
        var sealedBytes = new byte[NonceBytes + secret.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, secret, sealedBytes.AsSpan(NonceBytes, secret.Length), sealedBytes.AsSpan(NonceBytes + secret.Length), Encoding.ASCII.GetBytes(id));
        return $"v1.{id}.{Convert.ToBase64String(sealedBytes)}";
    }

    private static string KeyId(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 4));

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Jipp:Webhooks:SecretKeys configured: webhook secrets are encrypted with a key that lives only as long as this process; deliveries of subscriptions made now fail after a restart or in another instance")]
    private static partial void LogEphemeralKey(ILogger logger);
}
