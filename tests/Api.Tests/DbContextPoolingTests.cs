using Jipp.Application.Common.Interfaces;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests;

/// <summary>
/// Database contexts are pooled. The container disposes a scope's context once per registration that
/// returned it (as itself and as <see cref="IJippDbContext"/>); a context given back to the pool twice
/// could be handed to a second request while the first still disposes it, and that request would fail.
/// </summary>
public sealed class DbContextPoolingTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_context_disposed_by_one_registration_stays_with_its_scope_until_the_scope_ends()
    {
        await using var first = Factory.Services.CreateAsyncScope();
        var held = first.ServiceProvider.GetRequiredService<JippDbContext>();
        Assert.Same(held, first.ServiceProvider.GetRequiredService<IJippDbContext>());

        // What the container does for the first of the two registrations when a scope ends.
        await held.DisposeAsync();

        await using var second = Factory.Services.CreateAsyncScope();
        var other = second.ServiceProvider.GetRequiredService<JippDbContext>();
        Assert.NotSame(held, other);
        Assert.Equal(38, await held.Provinces.CountAsync());
        Assert.Equal(38, await other.Provinces.CountAsync());
    }

    [Fact]
    public async Task A_pooled_context_serves_the_next_scope_after_its_scope_ended()
    {
        JippDbContext returned;
        await using (var first = Factory.Services.CreateAsyncScope())
        {
            returned = first.ServiceProvider.GetRequiredService<JippDbContext>();
            _ = first.ServiceProvider.GetRequiredService<IJippDbContext>();
            Assert.Equal(38, await returned.Provinces.CountAsync());
        }

        await using var second = Factory.Services.CreateAsyncScope();
        var next = second.ServiceProvider.GetRequiredService<JippDbContext>();
        Assert.Equal(38, await next.Provinces.CountAsync());
        await using var third = Factory.Services.CreateAsyncScope();
        var another = third.ServiceProvider.GetRequiredService<JippDbContext>();
        Assert.NotSame(next, another);
        Assert.Equal(38, await another.Provinces.CountAsync());
        Assert.Equal(38, await next.Provinces.CountAsync());
    }
}
