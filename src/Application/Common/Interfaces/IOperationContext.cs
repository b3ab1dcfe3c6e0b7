namespace Jipp.Application.Common.Interfaces;

/// <summary>The use case being carried out in this scope, for the audit trail.</summary>
public interface IOperationContext
{
    string? Action { get; set; }
}

public sealed class OperationContext : IOperationContext
{
    public string? Action { get; set; }
}
