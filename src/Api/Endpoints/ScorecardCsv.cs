using Jipp.Api.Representations;
using Jipp.Application.Scorecards;

namespace Jipp.Api.Endpoints;

/// <summary>
/// The columns of a scorecard in CSV, named as a ministry spreadsheet names them (Indonesian, snake_case), in the
/// order of the JSON members. Ratios have up to 4 decimals with a decimal point; an empty median means none was completed.
/// </summary>
public static class ScorecardCsv
{
    public static CsvColumns<HubScorecardDto> Columns { get; } = new CsvColumns<HubScorecardDto>()
        .Value("id_hub", s => s.HubId)
        .Text("nama_hub", s => s.HubName)
        .Text("kode_provinsi", s => s.ProvinceCode)
        .Text("nama_provinsi", s => s.ProvinceName)
        .Value("tahun_penetapan", s => s.DesignationYear)
        .Value("tahun", s => s.Year)
        .Value("jumlah_kegiatan", s => s.Activities.Total)
        .Value("pendampingan", s => s.Activities.Mentoring)
        .Value("pertukaran_pengetahuan", s => s.Activities.KnowledgeExchange)
        .Value("promosi", s => s.Activities.Promotion)
        .Value("forum_replikasi", s => s.Activities.ReplicationForum)
        .Value("instansi_terjangkau", s => s.AgenciesReached)
        .Value("replikasi_difasilitasi", s => s.Replications.Facilitated)
        .Value("replikasi_terverifikasi", s => s.Replications.Verified)
        .Value("replikasi_selesai", s => s.Replications.Completed)
        .Optional("median_hari_penyelesaian", s => s.Replications.MedianDaysToCompletion)
        .Value("inovasi_terbit", s => s.PublishedInnovations.Count)
        .Value("inovasi_terbit_tahun_sebelumnya", s => s.PublishedInnovations.PreviousYear)
        .Value("perubahan_inovasi_terbit", s => s.PublishedInnovations.Change)
        .Value("jumlah_kabupaten_kota", s => s.RegencyCoverage.Regencies)
        .Value("kabupaten_kota_tercakup", s => s.RegencyCoverage.CoveredAtEnd)
        .Value("kabupaten_kota_tercakup_tahun_sebelumnya", s => s.RegencyCoverage.CoveredAtPreviousEnd)
        .Value("rasio_cakupan", s => s.RegencyCoverage.Ratio)
        .Value("rasio_cakupan_tahun_sebelumnya", s => s.RegencyCoverage.PreviousRatio)
        .Value("jumlah_mitra", s => s.Partners);
}
