namespace Jipp.Application.Common.Concurrency;

/// <summary>A response of a mutable resource; its version becomes the strong ETag.</summary>
public interface IVersioned
{
    int Version { get; }
}
