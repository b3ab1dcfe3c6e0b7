using Jipp.Domain.Candidacies;

namespace Jipp.Domain.Tests;

/// <summary>The track record follows the registry until an assessment judges it.</summary>
public sealed class CandidacyTrackRecordTests
{
    private static readonly DateTimeOffset Now = new(2023, 2, 13, 0, 0, 0, TimeSpan.Zero);
    private static readonly TrackRecord Empty = new(0, 0, 0, 0m, 0, Now);
    private static readonly TrackRecord Filled = new(12, 5, 11, 0.4545m, 7, Now.AddYears(3));

    public static TheoryData<string, bool> States => new()
    {
        { "shortlisted", true },
        { "invited", true },
        { "willing", true },
        { "committed", true },
        { "readinessSubmitted", true },
        { "assessed", false },
        { "declined", false },
        { "rejected", false },
        { "withdrawn", false },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void The_track_record_is_refreshed_only_while_open_and_before_assessment(string state, bool refreshed)
    {
        var candidacy = InState(state);
        var before = candidacy.TrackRecord;

        Assert.Equal(refreshed, candidacy.RefreshTrackRecord(Filled));
        Assert.Equal(refreshed ? Filled : before, candidacy.TrackRecord);
    }

    [Fact]
    public void The_same_figures_computed_later_are_no_change()
    {
        var candidacy = InState("invited");
        candidacy.RefreshTrackRecord(Filled);

        Assert.False(candidacy.RefreshTrackRecord(Filled with { ComputedAt = Filled.ComputedAt.AddDays(1) }));
        Assert.Equal(Filled.ComputedAt, candidacy.TrackRecord.ComputedAt);
    }

    private static Candidacy InState(string state)
    {
        var candidacy = Candidacy.Shortlist(Guid.CreateVersion7(), "15", 2023, null, Empty, Now);
        var steps = new Action[]
        {
            () => candidacy.Invite(new DateOnly(2023, 2, 13), MeetingFormat.Virtual, Now),
            () => candidacy.AnswerInvitation(state != "declined", "Surat Kesediaan", Now),
            () => candidacy.Commit(new DateOnly(2023, 3, 1), "Komitmen Bersama", Now),
            () => candidacy.SubmitReadiness(new Readiness(new LeadershipCommitment("Pergub", true, true), ["health"], new BureaucracyLiaison("Kepala Biro", "Kepala Biro"), [], Now), Now),
            () => candidacy.Assess(new Scores(80, 80, 80), null, Empty, CohortPolicy.Default(2023), Now),
        };
        var depth = state switch
        {
            "shortlisted" or "rejected" or "withdrawn" => 0,
            "invited" => 1,
            "willing" or "declined" => 2,
            "committed" => 3,
            "readinessSubmitted" => 4,
            _ => 5,
        };
        foreach (var step in steps.Take(depth))
        {
            step();
        }

        if (state == "rejected")
        {
            candidacy.Reject("Belum memenuhi syarat.", Now);
        }
        else if (state == "withdrawn")
        {
            candidacy.Withdraw("Prioritas daerah berubah.", Now);
        }

        return candidacy;
    }
}
