using System.Globalization;
using System.Text.RegularExpressions;
using Jipp.Domain.Candidacies;

namespace Jipp.Application.Common.Localization;

/// <summary>
/// The words of each condition of the selection criteria, met and unmet, in English and
/// Indonesian. An assessment stores its reasons as codes with figures (<see cref="CriterionReason"/>);
/// they are worded here when answered, in the caller's language, in <c>assessment.criteria</c> and in
/// the <c>unmetCriteria</c> of a refused designation. "{0}" is the figure, "{1}" the minimum.
/// </summary>
public static class AssessmentReasons
{
    /// <summary>How a condition that holds reads.</summary>
    public static readonly IReadOnlyDictionary<string, Phrase> Met = new Dictionary<string, Phrase>(StringComparer.Ordinal)
    {
        [SelectionConditions.Willingness] = new("Willingness was declared.", "Kesediaan telah dinyatakan."),
        [SelectionConditions.JointCommitment] = new("The joint commitment was signed.", "Komitmen bersama telah ditandatangani."),
        [SelectionConditions.RegulationReference] = new("Leadership commitment is evidenced by a regulation reference.", "Komitmen pimpinan dibuktikan dengan rujukan peraturan."),
        [SelectionConditions.PublishedInnovations] = new("{0} published innovations meet the minimum of {1}.", "{0} inovasi terbit memenuhi batas minimum {1}."),
        [SelectionConditions.RegencyCoverage] = new("Regency coverage {0} meets the minimum of {1}.", "Cakupan kabupaten/kota {0} memenuhi batas minimum {1}."),
        [SelectionConditions.LeadingSectors] = new("Leading sectors are named.", "Sektor unggulan telah ditetapkan."),
        [SelectionConditions.BureaucracyLiaison] = new("A bureaucracy liaison is named.", "Penghubung birokrasi telah ditunjuk."),
        [SelectionConditions.OutsidePartners] = new("Partners outside government with a support statement: {0}, at least the minimum of {1}.", "Mitra nonpemerintah dengan surat dukungan: {0}, memenuhi batas minimum {1}."),
        [SelectionConditions.Score] = new("Score {0} meets the minimum of {1}.", "Skor {0} memenuhi batas minimum {1}."),
    };

    /// <summary>How a condition that does not hold reads.</summary>
    public static readonly IReadOnlyDictionary<string, Phrase> Unmet = new Dictionary<string, Phrase>(StringComparer.Ordinal)
    {
        [SelectionConditions.Willingness] = new("No willingness was declared.", "Kesediaan belum dinyatakan."),
        [SelectionConditions.JointCommitment] = new("No joint commitment was signed.", "Komitmen bersama belum ditandatangani."),
        [SelectionConditions.RegulationReference] = new("No regulation reference evidences the leadership's commitment.", "Belum ada rujukan peraturan yang membuktikan komitmen pimpinan."),
        [SelectionConditions.PublishedInnovations] = new("{0} published innovations are fewer than the minimum of {1}.", "{0} inovasi terbit kurang dari batas minimum {1}."),
        [SelectionConditions.RegencyCoverage] = new("Regency coverage {0} is below the minimum of {1}.", "Cakupan kabupaten/kota {0} di bawah batas minimum {1}."),
        [SelectionConditions.LeadingSectors] = new("No leading sector is named.", "Belum ada sektor unggulan yang ditetapkan."),
        [SelectionConditions.BureaucracyLiaison] = new("No bureaucracy liaison is named.", "Belum ada penghubung birokrasi yang ditunjuk."),
        [SelectionConditions.OutsidePartners] = new("Partners outside government with a support statement: {0}, fewer than the minimum of {1}.", "Mitra nonpemerintah dengan surat dukungan: {0}, kurang dari batas minimum {1}."),
        [SelectionConditions.Score] = new("Score {0} is below the minimum of {1}.", "Skor {0} di bawah batas minimum {1}."),
    };

    /// <summary>The conditions whose figures are ratios, written as percentages.</summary>
    private static readonly HashSet<string> Ratios = new(StringComparer.Ordinal) { SelectionConditions.RegencyCoverage };

    /// <summary>The English wordings, as reasons were stored before they were codes, to read them back.</summary>
    private static readonly (Regex Pattern, string Code, bool Met)[] EnglishWordings =
    [
        .. Met.Select(w => (Pattern(w.Value.English), w.Key, true)),
        .. Unmet.Select(w => (Pattern(w.Value.English), w.Key, false)),
    ];

    /// <summary>The reason in the request's language.</summary>
    public static string Text(CriterionReason reason) => Render(reason, english: false);

    /// <summary>The reason in English (for logs and exception messages).</summary>
    public static string English(CriterionReason reason) => Render(reason, english: true);

    /// <summary>
    /// A reason stored as text, as assessments stored them before their reasons were codes: its
    /// condition and figures when it is one of the English wordings, else the text itself as its code,
    /// which is then answered as stored.
    /// </summary>
    public static CriterionReason FromText(string text)
    {
        foreach (var (pattern, code, met) in EnglishWordings)
        {
            if (pattern.Match(text) is { Success: true } match
                && TryFigure(code, match.Groups["value"], out var value)
                && TryFigure(code, match.Groups["minimum"], out var minimum))
            {
                return new CriterionReason(code, met, value, minimum);
            }
        }

        return new CriterionReason(text, Met: false);
    }

    private static string Render(CriterionReason reason, bool english)
    {
        if (!(reason.Met ? Met : Unmet).TryGetValue(reason.Code, out var words))
        {
            return reason.Code;
        }

        object?[] figures = [Write(reason.Code, reason.Value), Write(reason.Code, reason.Minimum)];
        return english ? words.FormatEnglish(figures) : words.Format(figures);
    }

    private static string Write(string code, decimal? figure) => figure switch
    {
        null => string.Empty,
        { } ratio when Ratios.Contains(code) => ratio.ToString("P0", CultureInfo.InvariantCulture),
        { } number => number.ToString(CultureInfo.InvariantCulture),
    };

    private static bool TryFigure(string code, Group group, out decimal? figure)
    {
        figure = null;
        if (!group.Success)
        {
            return true;
        }

        // A ratio reads as the invariant culture writes a percentage: "25 %".
        var ratio = Ratios.Contains(code);
        var text = ratio ? group.Value.Replace("%", string.Empty, StringComparison.Ordinal).Trim() : group.Value;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        figure = ratio ? number / 100m : number;
        return true;
    }

    private static Regex Pattern(string english) =>
        new(
            "^" + Regex.Escape(english).Replace(@"\{0}", "(?<value>.+?)", StringComparison.Ordinal).Replace(@"\{1}", "(?<minimum>.+?)", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            TimeSpan.FromSeconds(1));
}
