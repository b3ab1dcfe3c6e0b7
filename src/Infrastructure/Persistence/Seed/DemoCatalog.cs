using Jipp.Domain.Innovations;

namespace Jipp.Infrastructure.Persistence.Seed;

/// <summary>The kind of government that owns a demo innovation.</summary>
internal enum DemoOwnerKind
{
    Ministry,
    Province,
    Regency,
    City,
}

/// <summary>Which owners a theme suits.</summary>
internal enum DemoScope
{
    /// <summary>Every government.</summary>
    Any,

    /// <summary>Regencies and cities: services that provinces do not run (posyandu, civil registration, markets).</summary>
    Local,

    /// <summary>Regencies and provinces: work with villages, forests and the countryside, which cities lack.</summary>
    Rural,

    /// <summary>Regencies only: services run by and in villages (desa).</summary>
    Regency,
}

/// <summary>
/// One kind of public-service innovation, written once and instantiated for many regions.
/// The texts may hold the placeholders {region} (e.g. "Kota Surabaya"), {place} ("Surabaya"),
/// {acronym} (the brand of the innovation), {year} (the year it started), and figures of the
/// right size: {percent} (20–75), {small} (5–19), {points} (2–9, for percentage points),
/// {few} (villages, investors: 12–95), {hundreds} (houses, products: 110–950) and {number}
/// (people, documents: 150–4.800, written the Indonesian way).
/// </summary>
internal sealed record DemoTheme(
    string Sector,
    string Name,
    string AcronymList,
    string Unit,
    InnovationForm Form,
    bool Digital,
    DemoScope Scope,
    string Summary,
    string Problem,
    string Solution,
    string Novelty,
    string Impact)
{
    /// <summary>The brands the innovation goes by in different regions.</summary>
    public IReadOnlyList<string> Acronyms => AcronymList.Split('|');

    public bool Suits(DemoOwnerKind owner) => Scope switch
    {
        DemoScope.Local => owner is DemoOwnerKind.Regency or DemoOwnerKind.City,
        DemoScope.Rural => owner is DemoOwnerKind.Regency or DemoOwnerKind.Province,
        DemoScope.Regency => owner is DemoOwnerKind.Regency,
        _ => true,
    };
}

/// <summary>
/// The text material of the demo data: themes in the style of the innovations that Indonesian
/// governments register in SIPPN and enter in the KIPP competition.
/// </summary>
internal static partial class DemoCatalog
{
    /// <summary>How often a sector appears, roughly as often as in the national innovation registry.</summary>
    public static IReadOnlyDictionary<string, int> SectorWeights { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["education"] = 9,
        ["health"] = 11,
        ["public-works"] = 6,
        ["housing"] = 3,
        ["public-order"] = 3,
        ["social"] = 5,
        ["labour"] = 3,
        ["women-children"] = 4,
        ["food"] = 3,
        ["land"] = 2,
        ["environment"] = 5,
        ["civil-registration"] = 9,
        ["village-empowerment"] = 4,
        ["family-planning"] = 3,
        ["transport"] = 4,
        ["communication"] = 6,
        ["cooperatives-sme"] = 5,
        ["investment"] = 7,
        ["youth-sports"] = 2,
        ["statistics"] = 2,
        ["cryptography"] = 1,
        ["culture"] = 2,
        ["libraries"] = 2,
        ["archives"] = 2,
        ["marine-fisheries"] = 3,
        ["tourism"] = 4,
        ["agriculture"] = 5,
        ["forestry"] = 2,
        ["energy-mineral"] = 2,
        ["trade"] = 3,
        ["industry"] = 2,
        ["transmigration"] = 1,
    };

    /// <summary>All regional themes, grouped by sector in the order of the sector list.</summary>
    public static IReadOnlyList<DemoTheme> Themes { get; } = [.. BasicServiceThemes(), .. OtherAffairThemes()];

    /// <summary>Innovations of KemenPANRB itself, which has no province.</summary>
    public static IReadOnlyList<DemoTheme> MinistryThemes { get; } = CreateMinistryThemes();

    /// <summary>What a verifier writes when returning an innovation to its agency.</summary>
    public static IReadOnlyList<string> ReturnNotes { get; } =
    [
        "Mohon lengkapi data dukung berupa SK kepala daerah atau SK kepala perangkat daerah tentang penerapan inovasi.",
        "Uraian dampak belum didukung data kuantitatif sebelum dan sesudah inovasi diterapkan; mohon dilengkapi.",
        "Tautan bukti belum dapat diakses publik; mohon lampirkan tautan berita, video, atau dokumen yang dapat dibuka.",
        "Uraian kebaruan belum menjelaskan perbedaan dengan layanan sebelumnya; mohon diperjelas.",
        "Tanggal mulai dan tahapan inovasi belum sesuai dengan dokumen pendukung; mohon diperbaiki.",
        "Ringkasan terlalu umum; mohon jelaskan siapa penerima manfaat dan bagaimana layanan diakses masyarakat.",
    ];

    /// <summary>What precedes the impact of an innovation that is still an initiative.</summary>
    public const string TargetPrefix = "Target yang ingin dicapai: ";

    private static DemoTheme[] CreateMinistryThemes() =>
    [
        new(
            "communication", "Pengelolaan Pengaduan Pelayanan Publik Nasional Terintegrasi", "SP4N TERPADU|LAPOR TERPADU",
            "Deputi Bidang Pelayanan Publik, Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            InnovationForm.PublicService, true, DemoScope.Any,
            "{acronym} menghubungkan kanal pengaduan kementerian, lembaga, dan pemerintah daerah dalam satu alur sehingga setiap pengaduan masyarakat sampai ke instansi yang berwenang.",
            "Pengaduan masyarakat tersebar di banyak kanal milik instansi yang berbeda sehingga sering tidak ditindaklanjuti atau diteruskan berulang kali tanpa kejelasan.",
            "Disusun satu alur disposisi nasional dengan batas waktu tindak lanjut, notifikasi otomatis kepada pelapor, dan dasbor kepatuhan bagi pimpinan instansi.",
            "Pertama kalinya pengaduan lintas instansi dipantau dalam satu dasbor nasional yang juga dapat dibuka oleh pelapor.",
            "Pengaduan yang ditindaklanjuti tepat waktu naik {percent} persen dan instansi dengan tingkat tindak lanjut rendah dapat dibina lebih awal."),
        new(
            "statistics", "Evaluasi Pelayanan Publik Berbasis Data", "EPP DATA|SIEVA PP",
            "Deputi Bidang Pelayanan Publik, Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            InnovationForm.Governance, true, DemoScope.Any,
            "{acronym} menggantikan lembar penilaian manual dalam evaluasi penyelenggaraan pelayanan publik dengan data yang dikumpulkan sepanjang tahun dari unit layanan.",
            "Evaluasi pelayanan publik dilakukan sekali setahun dengan kunjungan lapangan yang mahal, sehingga hasilnya terlambat dipakai untuk perbaikan.",
            "Unit layanan mengunggah bukti standar pelayanan, survei kepuasan, dan pengelolaan pengaduan secara berkala; evaluator menilai dari data yang sama dan memberi umpan balik daring.",
            "Penilaian tidak lagi bergantung pada kunjungan sesaat, melainkan pada rekam jejak data yang dapat dibandingkan antarinstansi dan antartahun.",
            "Biaya evaluasi turun {percent} persen dan {number} unit layanan menerima rekomendasi perbaikan dalam tahun yang sama."),
        new(
            "communication", "Replikasi Inovasi Terbimbing melalui Hub JIPP", "REPLIKASI TERBIMBING|GERAK INOVASI",
            "Deputi Bidang Pelayanan Publik, Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            InnovationForm.Other, false, DemoScope.Any,
            "{acronym} mempertemukan instansi pemilik inovasi dengan instansi yang ingin mereplikasinya dan mendampingi proses replikasi melalui Hub JIPP di provinsi.",
            "Banyak inovasi unggulan berhenti sebagai juara kompetisi dan tidak ditiru daerah lain karena tidak ada pendampingan setelah penghargaan.",
            "Setiap replikasi dimulai dengan kesepakatan antara pemilik dan pereplikasi, lalu didampingi Hub JIPP melalui pertemuan berkala, kunjungan belajar, dan sertifikat penyelesaian.",
            "Replikasi tidak lagi berupa studi banding sekali jalan, tetapi proses terukur dengan tahapan dan pendamping yang jelas.",
            "Jumlah replikasi yang selesai naik {percent} persen dan waktu rata-rata replikasi menjadi lebih singkat."),
        new(
            "archives", "Arsip Digital Inovasi Pelayanan Publik", "ARSIP INOVASI|SIDINA",
            "Deputi Bidang Pelayanan Publik, Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            InnovationForm.Governance, true, DemoScope.Any,
            "{acronym} menyimpan proposal, video, dan dokumen pendukung inovasi yang pernah diajukan ke kompetisi inovasi pelayanan publik dalam satu arsip digital yang dapat ditelusuri.",
            "Dokumen inovasi dari tahun-tahun sebelumnya tersimpan di berbagai media dan sulit ditemukan kembali ketika instansi lain ingin mempelajarinya.",
            "Dokumen dialihmediakan, diberi metadata sektor, wilayah, dan tahun, lalu dibuka untuk pencarian oleh instansi pemerintah.",
            "Untuk pertama kalinya pengetahuan dari ribuan inovasi menjadi arsip yang dapat dicari, bukan sekadar daftar pemenang.",
            "Lebih dari {number} dokumen inovasi dapat ditelusuri dan dipakai sebagai rujukan oleh instansi yang akan mereplikasi."),
    ];
}
