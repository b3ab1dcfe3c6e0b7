namespace Jipp.Application.Common.Interfaces;

/// <summary>A new webhook signing secret: the plain secret, shown once, and its encrypted form, which is stored.</summary>
/// <param name="Secret">Standard Webhooks form: <c>whsec_</c> and the base64 of the random bytes.</param>
/// <param name="Protected">The secret encrypted with the service's key, for the database.</param>
public sealed record NewWebhookSecret(string Secret, string Protected);

/// <summary>Makes webhook signing secrets and keeps them encrypted at rest (the service must read them back to sign).</summary>
public interface IWebhookSecrets
{
    NewWebhookSecret Generate();
}
