using System.Reflection;
using System.Text.RegularExpressions;
using Jipp.Api.Localization;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Common;

namespace Jipp.Api.Tests;

/// <summary>Every message of the catalogs exists in both languages, with the same placeholders.</summary>
public sealed partial class MessageCatalogTests
{
    private static IEnumerable<(string Key, Phrase Phrase)> AllPhrases()
    {
        foreach (var catalog in new[] { typeof(Messages), typeof(Refusals), typeof(ApiMessages) })
        {
            foreach (var field in catalog.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                switch (field.GetValue(null))
                {
                    case Phrase phrase:
                        yield return ($"{catalog.Name}.{field.Name}", phrase);
                        break;
                    case IReadOnlyDictionary<string, Phrase> byKey:
                        foreach (var (key, phrase) in byKey)
                        {
                            yield return ($"{catalog.Name}.{field.Name}[{key}]", phrase);
                        }

                        break;
                    case IReadOnlyDictionary<TransitionSubject, Phrase> bySubject:
                        foreach (var (key, phrase) in bySubject)
                        {
                            yield return ($"{catalog.Name}.{field.Name}[{key}]", phrase);
                        }

                        break;
                }
            }
        }
    }

    [Fact]
    public void The_catalogs_hold_the_messages()
    {
        Assert.True(AllPhrases().Count() > 150, $"only {AllPhrases().Count()} phrases found");
    }

    [Fact]
    public void Every_message_has_an_english_and_a_different_indonesian_text_with_the_same_placeholders()
    {
        var problems = new List<string>();
        foreach (var (key, phrase) in AllPhrases())
        {
            if (string.IsNullOrWhiteSpace(phrase.English) || string.IsNullOrWhiteSpace(phrase.Indonesian))
            {
                problems.Add($"{key}: a language is missing");
                continue;
            }

            if (phrase.English == phrase.Indonesian)
            {
                problems.Add($"{key}: the Indonesian text is the English one");
            }

            var english = Placeholders(phrase.English);
            var indonesian = Placeholders(phrase.Indonesian);
            if (!english.SetEquals(indonesian))
            {
                problems.Add($"{key}: placeholders {string.Join(",", english)} vs {string.Join(",", indonesian)}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_transition_action_and_subject_has_its_words()
    {
        var actions = typeof(TransitionActions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(16, actions.Count);
        Assert.All(actions, action => Assert.True(Refusals.Actions.ContainsKey(action), $"no words for '{action}'"));
        Assert.All(Enum.GetValues<TransitionSubject>(), subject => Assert.True(Refusals.Subjects.ContainsKey(subject), $"no words for {subject}"));
    }

    [Fact]
    public void A_transition_reads_the_same_in_english_as_the_domain_says_it()
    {
        var refusal = new InvalidTransitionException(TransitionSubject.ReplicationRequest, TransitionActions.RecordMentoring, "submitted", ["agreed", "inImplementation"]);

        Assert.Equal(refusal.Message, Refusals.Describe(refusal));
        Assert.Equal("Cannot record mentoring for a replication request that is submitted; only one that is agreed or inImplementation.", refusal.Message);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();
}
