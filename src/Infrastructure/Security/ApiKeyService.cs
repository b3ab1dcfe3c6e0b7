using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Jipp.Application.Common.Interfaces;

namespace Jipp.Infrastructure.Security;

/// <summary>
/// Keys are 256 random bits. With that much entropy a fast hash (SHA-256) is enough: nobody can
/// guess a key from its hash, and lookups by hash stay one index probe.
/// </summary>
public sealed class ApiKeyService : IApiKeyService
{
    public const string KeyPrefix = "jipp_";
    public const int MaxKeyLength = 256;
    private const int PrefixLength = 12;

    public GeneratedApiKey Generate()
    {
        var key = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return new GeneratedApiKey(key, Hash(key), PrefixOf(key));
    }

    public byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>
    /// Compares hashes with <see cref="CryptographicOperations.FixedTimeEquals"/>, so the time taken
    /// says nothing about how many leading bytes matched.
    /// </summary>
    public bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);

    public string PrefixOf(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];
}
