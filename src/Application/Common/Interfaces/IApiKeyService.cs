namespace Jipp.Application.Common.Interfaces;

/// <summary>A freshly generated key: the plain key is shown once, only the hash is stored.</summary>
public sealed record GeneratedApiKey(string Key, byte[] Hash, string Prefix);

public interface IApiKeyService
{
    GeneratedApiKey Generate();

    byte[] Hash(string key);

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    bool Matches(string key, byte[] storedHash);

    string PrefixOf(string key);
}
