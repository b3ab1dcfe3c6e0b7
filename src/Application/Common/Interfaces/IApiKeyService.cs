namespace Jipp.Application.Common.Interfaces;

/// <summary>A freshly generated key: the plain key is shown once, only the hash is stored.</summary>
public sealed record GeneratedApiKey(string Key, byte[] Hash, string Prefix);

public interface IApiKeyService
{
    GeneratedApiKey Generate();

    byte[] Hash(string key);

    string PrefixOf(string key);
}
