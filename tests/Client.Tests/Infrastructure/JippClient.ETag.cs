using System.Diagnostics.CodeAnalysis;

// Extends the generated client (obj/…/JippClient.g.cs) the way an integrator would: the ETag of
// the last answer, to send back in If-Match.
namespace Jipp.Client;

public partial class JippClient
{
    /// <summary>The <c>ETag</c> header of the last answer, if it had one.</summary>
    public string? LastETag { get; private set; }

    [SuppressMessage("Style", "IDE0060:Remove unused parameter", Justification = "The generated partial method's signature.")]
    partial void ProcessResponse(HttpClient client, HttpResponseMessage response) =>
        LastETag = response.Headers.ETag?.ToString();
}
