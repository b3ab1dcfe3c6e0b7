using System.Net;
using System.Text;
using Jipp.Application.Webhooks;
using Jipp.Infrastructure.Webhooks;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>The signer against the Standard Webhooks specification's published example, and the address rules table-driven.</summary>
public sealed class WebhookSignatureTests
{
    // The example of the Standard Webhooks specification (standard-webhooks.md, "Signature scheme").
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecPayload = """{"test": 2432232314}""";
    private const string SpecSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    [Fact]
    public void The_signature_of_the_specifications_example_is_the_published_one()
    {
        var signature = WebhookSignature.Sign(WebhookSignature.SecretBytes(SpecSecret), SpecId, SpecTimestamp, Encoding.UTF8.GetBytes(SpecPayload));

        Assert.Equal(SpecSignature, signature);
        Assert.True(WebhookVerifier.Verify(SpecSecret, SpecId, "1614265330", SpecPayload, signature));
    }

    [Fact]
    public void A_changed_body_id_or_timestamp_no_longer_verifies()
    {
        Assert.False(WebhookVerifier.Verify(SpecSecret, SpecId, "1614265330", """{"test": 2432232315}""", SpecSignature));
        Assert.False(WebhookVerifier.Verify(SpecSecret, "msg_other", "1614265330", SpecPayload, SpecSignature));
        Assert.False(WebhookVerifier.Verify(SpecSecret, SpecId, "1614265331", SpecPayload, SpecSignature));
    }

    [Fact]
    public void During_a_rotation_the_header_holds_a_signature_per_secret_separated_by_a_space()
    {
        var other = "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var body = Encoding.UTF8.GetBytes(SpecPayload);

        var header = WebhookSignature.Header([WebhookSignature.SecretBytes(other), WebhookSignature.SecretBytes(SpecSecret)], SpecId, SpecTimestamp, body);

        var parts = header.Split(' ');
        Assert.Equal(2, parts.Length);
        Assert.Equal(SpecSignature, parts[1]);
        Assert.True(WebhookVerifier.Verify(other, SpecId, "1614265330", SpecPayload, header));
        Assert.True(WebhookVerifier.Verify(SpecSecret, SpecId, "1614265330", SpecPayload, header));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.10")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.1.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    public void Loopback_private_link_local_multicast_unspecified_and_metadata_addresses_are_refused(string address)
    {
        Assert.False(WebhookAddresses.IsAllowed(IPAddress.Parse(address), []));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("103.10.20.30")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.True(WebhookAddresses.IsAllowed(IPAddress.Parse(address), []));
    }

    [Theory]
    [InlineData("127.0.0.0/8", "127.0.0.1", true)]
    [InlineData("127.0.0.0/8", "::ffff:127.0.0.1", true)]
    [InlineData("127.0.0.0/8", "::1", false)]
    [InlineData("127.0.0.0/8", "10.0.0.1", false)]
    [InlineData("10.20.0.0/16", "10.20.3.4", true)]
    [InlineData("10.20.0.0/16", "10.21.3.4", false)]
    [InlineData("fd12:3456::/32", "fd12:3456::1", true)]
    public void An_allowed_network_lets_its_addresses_through_and_no_others(string network, string address, bool allowed)
    {
        Assert.Equal(allowed, WebhookAddresses.IsAllowed(IPAddress.Parse(address), [IPNetwork.Parse(network)]));
    }

    [Theory]
    [InlineData("https://sipp.jatimprov.go.id/webhooks/jipp", true)]
    [InlineData("https://sipp.jatimprov.go.id:8443/webhooks", true)]
    [InlineData("https://103.10.20.30/hook", true)]
    [InlineData("http://sipp.jatimprov.go.id/webhooks", false)]
    [InlineData("ftp://sipp.jatimprov.go.id/", false)]
    [InlineData("https://user:pass@sipp.jatimprov.go.id/", false)]
    [InlineData("https://sipp.jatimprov.go.id/#frag", false)]
    [InlineData("/webhooks", false)]
    [InlineData("https://127.0.0.1/hook", false)]
    [InlineData("https://2130706433/hook", false)]
    [InlineData("https://10.0.0.1/hook", false)]
    [InlineData("https://169.254.169.254/latest/meta-data", false)]
    [InlineData("https://[::1]/hook", false)]
    [InlineData("https://[::ffff:127.0.0.1]/hook", false)]
    [InlineData("https://[fd00:ec2::254]/", false)]
    public void A_subscription_url_is_absolute_https_without_user_information_and_no_literal_private_address(string url, bool acceptable)
    {
        Assert.Equal(acceptable, WebhookAddresses.IsAcceptableUrl(url, []));
    }
}
