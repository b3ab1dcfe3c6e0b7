using Jipp.Domain.ApiClients;
using Jipp.Domain.Common;

namespace Jipp.Domain.Tests;

public sealed class ApiClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Hash = new byte[32];

    [Theory]
    [InlineData(ApiClientRole.Agency, true, false)]
    [InlineData(ApiClientRole.Hub, false, true)]
    [InlineData(ApiClientRole.Ministry, false, false)]
    [InlineData(ApiClientRole.Reader, false, false)]
    public void A_client_has_exactly_the_scope_of_its_role(ApiClientRole role, bool agency, bool hub)
    {
        var client = ApiClient.Create("client", role, agency ? Guid.CreateVersion7() : null, hub ? Guid.CreateVersion7() : null, Hash, "jipp_abc", Now);

        Assert.Equal(role, client.Role);
        Assert.False(client.IsRevoked);
    }

    [Theory]
    [InlineData(ApiClientRole.Agency, false, false)]
    [InlineData(ApiClientRole.Agency, true, true)]
    [InlineData(ApiClientRole.Hub, true, false)]
    [InlineData(ApiClientRole.Ministry, true, false)]
    [InlineData(ApiClientRole.Reader, false, true)]
    public void A_scope_that_does_not_fit_the_role_is_refused(ApiClientRole role, bool agency, bool hub)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ApiClient.Create("client", role, agency ? Guid.CreateVersion7() : null, hub ? Guid.CreateVersion7() : null, Hash, "jipp_abc", Now));

        Assert.Equal("api_client.scope_mismatch", refusal.Code);
    }

    [Fact]
    public void Revoking_keeps_the_first_revocation_time()
    {
        var client = ApiClient.Create("client", ApiClientRole.Reader, null, null, Hash, "jipp_abc", Now);

        client.Revoke(Now);
        client.Revoke(Now.AddDays(1));

        Assert.Equal(Now, client.RevokedAt);
    }

    [Fact]
    public void Resetting_the_key_makes_a_revoked_client_usable_again()
    {
        var client = ApiClient.Create("client", ApiClientRole.Ministry, null, null, Hash, "jipp_abc", Now);
        client.Revoke(Now);

        client.ResetKey(new byte[32], "jipp_new");

        Assert.False(client.IsRevoked);
        Assert.Equal("jipp_new", client.KeyPrefix);
    }

    [Fact]
    public void New_clients_get_time_ordered_uuid_v7_ids()
    {
        var first = ApiClient.Create("a", ApiClientRole.Reader, null, null, Hash, "jipp_a", Now);

        // v7 orders by millisecond; within one millisecond the order is random.
        Thread.Sleep(5);
        var second = ApiClient.Create("b", ApiClientRole.Reader, null, null, Hash, "jipp_b", Now);

        Assert.Equal(7, first.Id.Version);
        Assert.True(first.Id.CompareTo(second.Id) < 0);
    }
}
