using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>One request a receiver got.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string ContentType, string Body, DateTimeOffset At);

/// <summary>
/// A webhook receiver for tests: Kestrel over HTTPS on 127.0.0.1 with a self-signed certificate made here, which
/// only the service under test (through <see cref="WebhookFactory"/>) is told to trust. It keeps what it receives
/// and answers what the test tells it to.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    /// <summary>The certificate of every receiver of the test run.</summary>
    public static X509Certificate2 Certificate { get; } = CreateCertificate();

    public int Port { get; }

    public string Url(string host = "127.0.0.1") => $"https://{host}:{Port}/hook";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>What the receiver answers; 204 by default.</summary>
    public Func<ReceivedWebhook, Task<IResult>> Answer { get; set; } = _ => Task.FromResult(Results.NoContent());

    /// <summary>Starts a receiver on a free port, or on the given one (a receiver that comes back up).</summary>
    public static async Task<WebhookReceiver> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(Certificate)));
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var received = new ReceivedWebhook(
                request.Headers["webhook-id"].ToString(),
                request.Headers["webhook-timestamp"].ToString(),
                request.Headers["webhook-signature"].ToString(),
                request.ContentType ?? string.Empty,
                await reader.ReadToEndAsync(),
                DateTimeOffset.UtcNow);
            receiver!._received.Enqueue(received);
            return await receiver.Answer(received);
        });
        await app.StartAsync();
        var bound = new Uri(app.Urls.First()).Port;
        receiver = new WebhookReceiver(app, bound);
        return receiver;
    }

    /// <summary>Waits until the condition on what was received holds, or fails after the time-out.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition, int seconds = 20)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var received = Received;
            if (condition(received))
            {
                return received;
            }

            if (DateTimeOffset.UtcNow > until)
            {
                Assert.Fail($"The receiver on port {Port} got {received.Count} requests in {seconds} s, not what the test waited for.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=jipp-webhook-test-receiver", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Through PKCS#12, so that the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
