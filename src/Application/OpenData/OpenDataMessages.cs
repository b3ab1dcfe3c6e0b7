using Jipp.Application.Common.Localization;

namespace Jipp.Application.OpenData;

/// <summary>The validation messages of the open data routes.</summary>
public static class OpenDataMessages
{
    public static readonly Phrase PublishedToBeforeFrom = new("publishedTo cannot be before publishedFrom.", "publishedTo tidak boleh sebelum publishedFrom.");
    public static readonly Phrase PublishedDateBetween = new("{0} must be a date between 2000 and 2100.", "{0} harus berupa tanggal antara tahun 2000 dan 2100.");
}
