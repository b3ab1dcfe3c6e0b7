namespace Jipp.Application.Common.Inputs;

/// <param name="Reason">Why it ends (a rejection, withdrawal or cancellation).</param>
public sealed record ReasonInput(string Reason);
