using System.Reflection;
using System.Text.RegularExpressions;
using Jipp.Api.Localization;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Common;

namespace Jipp.Api.Tests;

/// <summary>Every message of the catalogs exists in both languages, with the same placeholders.</summary>
public sealed partial class MessageCatalogTests
{
    private static IEnumerable<(string Key, Phrase Phrase)> AllPhrases()
    {
        foreach (var catalog in new[] { typeof(Messages), typeof(Refusal), typeof(Refusals), typeof(AssessmentReasons), typeof(ApiMessages) })
        {
            foreach (var field in catalog.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                switch (field.GetValue(null))
                {
                    case Phrase phrase:
                        yield return ($"{catalog.Name}.{field.Name}", phrase);
                        break;
                    case Refusal refusal:
                        yield return ($"{catalog.Name}.{field.Name}.Title", refusal.Title);
                        yield return ($"{catalog.Name}.{field.Name}.Detail", refusal.Detail);
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

    [Fact]
    public void Every_refusal_is_defined_once_with_a_contract_code_and_an_error_status()
    {
        var fields = typeof(Refusal).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Refusal)).ToList();

        // The catalog is keyed by code, so two definitions of one code would leave one field out.
        Assert.Equal(fields.Count, Refusal.All.Count);
        Assert.All(Refusal.All, refusal =>
        {
            Assert.Matches("^[a-z]+(_[a-z]+)*(\\.[a-z]+(_[a-z]+)*)?$", refusal.Code);
            Assert.InRange(refusal.Status, 400, 599);
            Assert.Same(refusal, Refusal.Get(refusal.Code));
            Assert.False(string.IsNullOrWhiteSpace(refusal.Explanation));
        });
        Assert.Contains(Refusal.All, r => r.Code == "candidacy.already_hub" && r.Status == 409);
        Assert.Null(Refusal.Find("domain_rule"));
    }

    [Fact]
    public void The_generic_problem_of_each_status_is_the_catalogs()
    {
        Assert.Equal("not_found", Refusal.ForStatus(404)!.Code);
        Assert.Equal("conflict", Refusal.ForStatus(409)!.Code);
        Assert.Equal("internal_error", Refusal.ForStatus(500)!.Code);
        Assert.Equal("unavailable", Refusal.ForStatus(503)!.Code);
        Assert.Null(Refusal.ForStatus(418));
        Assert.All(new[] { 400, 401, 403, 404, 405, 409, 412, 413, 415, 428, 429, 500, 503 }, status => Assert.Equal(status, Refusal.ForStatus(status)!.Status));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();
}
