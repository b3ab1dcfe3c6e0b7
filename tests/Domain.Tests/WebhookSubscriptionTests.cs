using Jipp.Domain.Webhooks;

namespace Jipp.Domain.Tests;

public sealed class WebhookSubscriptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Client = Guid.CreateVersion7();

    private static WebhookSubscription Subscription(params string[] types) =>
        WebhookSubscription.Create(Client, " https://satudata.jatimprov.go.id/hook ", types, "  ", "v1.k.sealed", 41, Now);

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(5, 4, false)]
    [InlineData(5, 5, true)]
    public void A_subscription_pauses_itself_after_the_configured_failures_in_a_row_and_says_so_once(int pauseAfter, int failures, bool paused)
    {
        var subscription = Subscription();
        var eventId = Guid.CreateVersion7();

        for (var i = 0; i < failures; i++)
        {
            subscription.DeliveryFailed(eventId, pauseAfter, Now);
        }

        Assert.Equal(paused, subscription.Paused);
        Assert.Equal(failures, subscription.ConsecutiveFailures);
        var raised = subscription.DomainEvents.Select(e => e.Event).OfType<WebhookSubscriptionPaused>().ToList();
        Assert.Equal(paused ? 1 : 0, raised.Count);
        if (paused)
        {
            Assert.Equal(new WebhookSubscriptionPaused(subscription.Id, Client, pauseAfter, eventId, Now), raised[0]);

            // More failures while paused count, but raise nothing more.
            subscription.DeliveryFailed(eventId, pauseAfter, Now);
            Assert.Equal(failures + 1, subscription.ConsecutiveFailures);
            Assert.Single(subscription.DomainEvents);
        }
    }

    [Fact]
    public void A_success_forgets_the_failures_so_that_only_failures_in_a_row_pause()
    {
        var subscription = Subscription();

        subscription.DeliveryFailed(Guid.CreateVersion7(), 2, Now);
        subscription.DeliverySucceeded();
        subscription.DeliveryFailed(Guid.CreateVersion7(), 2, Now);

        Assert.False(subscription.Paused);
        Assert.Equal(1, subscription.ConsecutiveFailures);
    }

    [Fact]
    public void Resuming_forgets_the_failures_and_pausing_by_hand_raises_no_event()
    {
        var subscription = Subscription();
        subscription.DeliveryFailed(Guid.CreateVersion7(), 1, Now);

        subscription.SetPaused(false, Now.AddHours(1));
        Assert.False(subscription.Paused);
        Assert.Null(subscription.PausedAt);
        Assert.Equal(0, subscription.ConsecutiveFailures);

        subscription.SetPaused(true, Now.AddHours(2));
        Assert.True(subscription.Paused);
        Assert.Equal(Now.AddHours(2), subscription.PausedAt);
        Assert.Single(subscription.DomainEvents);
    }

    [Fact]
    public void A_rotation_keeps_the_replaced_secret_for_a_day_and_drops_the_one_before()
    {
        var subscription = Subscription();

        subscription.RotateSecret("v1.k.new", Now);
        Assert.Equal("v1.k.new", subscription.ProtectedSecret);
        Assert.Equal("v1.k.sealed", subscription.ProtectedPreviousSecret);
        Assert.Equal(Now.AddHours(24), subscription.PreviousSecretExpiresAt);

        subscription.RotateSecret("v1.k.newer", Now.AddHours(1));
        Assert.Equal("v1.k.newer", subscription.ProtectedSecret);
        Assert.Equal("v1.k.new", subscription.ProtectedPreviousSecret);
        Assert.Equal(Now.AddHours(25), subscription.PreviousSecretExpiresAt);
    }

    [Fact]
    public void A_new_subscription_is_trimmed_starts_after_the_given_position_and_wants_its_types_or_every_type()
    {
        var all = Subscription();
        var some = Subscription("innovation.published", "innovation.published", "hub.designated");

        Assert.Equal("https://satudata.jatimprov.go.id/hook", all.Url);
        Assert.Null(all.Description);
        Assert.Equal(41, all.FannedOutThrough);
        Assert.True(all.Wants("agency.registered"));
        Assert.Equal(["innovation.published", "hub.designated"], some.EventTypes);
        Assert.True(some.Wants("hub.designated"));
        Assert.False(some.Wants("agency.registered"));
    }
}
