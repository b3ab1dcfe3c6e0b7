using Jipp.Domain.Common;

namespace Jipp.Domain.Tests.StateMachines;

/// <summary>
/// One row of a contract's transition table: the states from which an action is allowed and the
/// state it leads to (null: it stays where it is). With <see cref="RefusedBy"/>, the state machine
/// lets the action through from those states but a rule refuses it with that code in
/// <see cref="RefusedIn"/> (all of them unless named).
/// </summary>
public sealed record Transition<TState>(TState[] AllowedFrom, TState? To, string? RefusedBy = null, TState[]? RefusedIn = null)
    where TState : struct, Enum
{
    public bool Allows(TState from) => AllowedFrom.Contains(from) && !RuleRefuses(from);

    public bool RuleRefuses(TState from) => RefusedBy is not null && AllowedFrom.Contains(from) && (RefusedIn ?? AllowedFrom).Contains(from);
}

/// <summary>One state × one action, named by the behaviour the table expects.</summary>
public sealed record TransitionCase<TState, TAction>(TState From, TAction Action, string Name)
    where TState : struct, Enum
    where TAction : struct, Enum
{
    public override string ToString() => Name;
}

public static class Transitions
{
    /// <summary>The state as the API names it: camelCase.</summary>
    public static string ApiName<TState>(TState state)
        where TState : struct, Enum
    {
        var name = state.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Every state × every action, split by what the table says: allowed or refused.</summary>
    public static TheoryData<TransitionCase<TState, TAction>> Cases<TState, TAction>(
        IReadOnlyDictionary<TAction, Transition<TState>> table, Func<TAction, string> gerund, string subject, bool allowed)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var data = new TheoryData<TransitionCase<TState, TAction>>();
        foreach (var from in Enum.GetValues<TState>())
        {
            foreach (var action in Enum.GetValues<TAction>())
            {
                var rule = table[action];
                if (rule.Allows(from) != allowed)
                {
                    continue;
                }

                var state = ApiName(from);
                var outcome = rule.Allows(from)
                    ? rule.To is { } to && !to.Equals(from) ? $"makes_it_{ApiName(to)}" : "keeps_it_" + state
                    : rule.RuleRefuses(from) ? $"is_refused_with_{rule.RefusedBy}" : "is_refused_naming_its_state";
                data.Add(new(from, action, $"{gerund(action)}_{Article(state)}_{state}_{subject}_{outcome}"));
            }
        }

        return data;
    }

    /// <summary>
    /// A refusal by the state machine: <c>invalid_transition</c>, naming the current state in the
    /// message and in <see cref="InvalidTransitionException.State"/>, and exactly the table's states.
    /// </summary>
    public static void AssertInvalidTransition<TState>(Exception refusal, TState from, Transition<TState> rule)
        where TState : struct, Enum
    {
        var invalid = Assert.IsType<InvalidTransitionException>(refusal);
        Assert.Equal(InvalidTransitionException.ErrorCode, invalid.Code);
        Assert.Equal(ApiName(from), invalid.State);
        Assert.Contains($" that is {ApiName(from)};", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(rule.AllowedFrom.Select(ApiName).Order(StringComparer.Ordinal), invalid.Allowed.Order(StringComparer.Ordinal));
        foreach (var allowed in rule.AllowedFrom)
        {
            Assert.Contains(ApiName(allowed), invalid.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>A refusal by a rule of its own, not by the state machine.</summary>
    public static void AssertRuleRefusal<TState>(Exception refusal, Transition<TState> rule)
        where TState : struct, Enum
    {
        var domain = Assert.IsAssignableFrom<DomainException>(refusal);
        Assert.IsNotType<InvalidTransitionException>(refusal);
        Assert.Equal(rule.RefusedBy, domain.Code);
    }

    public static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}

/// <summary>What an aggregate raised: its events and version before an action, to compare after it.</summary>
public sealed record Raised(int Events, int Version)
{
    public static Raised Before(Common.VersionedAggregateRoot aggregate) => new(aggregate.DomainEvents.Count, aggregate.Version);

    /// <summary>The action raised exactly one event, of type <paramref name="expected"/>, and counted one more version.</summary>
    public Common.IDomainEvent AssertOne(Common.VersionedAggregateRoot aggregate, Type expected, DateTimeOffset at)
    {
        Assert.Equal(Events + 1, aggregate.DomainEvents.Count);
        Assert.Equal(Version + 1, aggregate.Version);
        var raised = aggregate.DomainEvents[^1].Event;
        Assert.IsType(expected, raised);
        Assert.Equal(at, raised.OccurredAt);
        Assert.True(aggregate.DomainEvents[^1].Order > (Events == 0 ? 0 : aggregate.DomainEvents[Events - 1].Order), "Events are ordered as raised.");
        return raised;
    }

    /// <summary>A refused action raised nothing and kept the version.</summary>
    public void AssertNone(Common.VersionedAggregateRoot aggregate)
    {
        Assert.Equal(Events, aggregate.DomainEvents.Count);
        Assert.Equal(Version, aggregate.Version);
    }
}
