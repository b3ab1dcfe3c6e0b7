using System.Globalization;
using System.Reflection;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Candidacies;

namespace Jipp.Api.Tests;

/// <summary>
/// An assessment's reasons are codes with figures, worded in the caller's language: in English as they
/// always read, in Indonesian, and read back from the English sentences assessments stored before.
/// </summary>
public sealed class AssessmentReasonsTests
{
    /// <summary>Every wording, as assessments stored it in English before reasons were codes.</summary>
    public static TheoryData<CriterionReason, string, string> Wordings => new()
    {
        { new(SelectionConditions.Willingness, true), "Willingness was declared.", "Kesediaan telah dinyatakan." },
        { new(SelectionConditions.Willingness, false), "No willingness was declared.", "Kesediaan belum dinyatakan." },
        { new(SelectionConditions.JointCommitment, true), "The joint commitment was signed.", "Komitmen bersama telah ditandatangani." },
        { new(SelectionConditions.JointCommitment, false), "No joint commitment was signed.", "Komitmen bersama belum ditandatangani." },
        { new(SelectionConditions.RegulationReference, true), "Leadership commitment is evidenced by a regulation reference.", "Komitmen pimpinan dibuktikan dengan rujukan peraturan." },
        { new(SelectionConditions.RegulationReference, false), "No regulation reference evidences the leadership's commitment.", "Belum ada rujukan peraturan yang membuktikan komitmen pimpinan." },
        { new(SelectionConditions.PublishedInnovations, true, 12, 10), "12 published innovations meet the minimum of 10.", "12 inovasi terbit memenuhi batas minimum 10." },
        { new(SelectionConditions.PublishedInnovations, false, 0, 10), "0 published innovations are fewer than the minimum of 10.", "0 inovasi terbit kurang dari batas minimum 10." },
        { new(SelectionConditions.RegencyCoverage, true, 0.3m, 0.25m), "Regency coverage 30 % meets the minimum of 25 %.", "Cakupan kabupaten/kota 30 % memenuhi batas minimum 25 %." },
        { new(SelectionConditions.RegencyCoverage, false, 0.24m, 0.25m), "Regency coverage 24 % is below the minimum of 25 %.", "Cakupan kabupaten/kota 24 % di bawah batas minimum 25 %." },
        { new(SelectionConditions.LeadingSectors, true), "Leading sectors are named.", "Sektor unggulan telah ditetapkan." },
        { new(SelectionConditions.LeadingSectors, false), "No leading sector is named.", "Belum ada sektor unggulan yang ditetapkan." },
        { new(SelectionConditions.BureaucracyLiaison, true), "A bureaucracy liaison is named.", "Penghubung birokrasi telah ditunjuk." },
        { new(SelectionConditions.BureaucracyLiaison, false), "No bureaucracy liaison is named.", "Belum ada penghubung birokrasi yang ditunjuk." },
        { new(SelectionConditions.OutsidePartners, true, 2, 2), "Partners outside government with a support statement: 2, at least the minimum of 2.", "Mitra nonpemerintah dengan surat dukungan: 2, memenuhi batas minimum 2." },
        { new(SelectionConditions.OutsidePartners, false, 0, 1), "Partners outside government with a support statement: 0, fewer than the minimum of 1.", "Mitra nonpemerintah dengan surat dukungan: 0, kurang dari batas minimum 1." },
        { new(SelectionConditions.Score, true, 80, 70), "Score 80 meets the minimum of 70.", "Skor 80 memenuhi batas minimum 70." },
        { new(SelectionConditions.Score, false, 69, 70), "Score 69 is below the minimum of 70.", "Skor 69 di bawah batas minimum 70." },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public void A_reason_reads_in_english_as_before_and_in_indonesian(CriterionReason reason, string english, string indonesian)
    {
        Assert.Equal(english, AssessmentReasons.English(reason));
        Assert.Equal(english, InCulture("en", () => AssessmentReasons.Text(reason)));
        Assert.Equal(indonesian, InCulture("id", () => AssessmentReasons.Text(reason)));
    }

    [Theory]
    [MemberData(nameof(Wordings))]
    public void A_reason_stored_as_an_english_sentence_reads_back_as_its_code_and_figures(CriterionReason reason, string english, string indonesian)
    {
        var read = AssessmentReasons.FromText(english);

        Assert.Equal(reason, read);
        Assert.Equal(indonesian, InCulture("id", () => AssessmentReasons.Text(read)));
    }

    [Fact]
    public void A_rounded_ratio_reads_back_as_its_percentage()
    {
        var stored = AssessmentReasons.English(new(SelectionConditions.RegencyCoverage, false, 10m / 38, 0.25m));

        Assert.Equal("Regency coverage 26 % is below the minimum of 25 %.", stored);
        Assert.Equal(new CriterionReason(SelectionConditions.RegencyCoverage, false, 0.26m, 0.25m), AssessmentReasons.FromText(stored));
    }

    [Theory]
    [InlineData("A sentence nobody wrote.")]
    [InlineData("many published innovations meet the minimum of 10.")]
    [InlineData("")]
    public void A_stored_sentence_of_no_known_wording_is_answered_as_stored(string text)
    {
        var read = AssessmentReasons.FromText(text);

        Assert.Equal(text, read.Code);
        Assert.Equal(text, InCulture("id", () => AssessmentReasons.Text(read)));
    }

    [Fact]
    public void Every_condition_has_its_words_met_and_unmet()
    {
        var conditions = typeof(SelectionConditions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(9, conditions.Count);
        Assert.Equal(conditions.Order(), AssessmentReasons.Met.Keys.Order());
        Assert.Equal(conditions.Order(), AssessmentReasons.Unmet.Keys.Order());
    }

    private static string InCulture(string name, Func<string> render)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
