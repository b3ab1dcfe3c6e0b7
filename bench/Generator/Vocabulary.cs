using System.Globalization;

namespace Jipp.Bench.Generator;

/// <summary>
/// A pool of phrases picked with Zipf-like weights (1 / (rank + 2)): the first phrases of a pool are
/// common, the last ones rare, so that term frequencies in the generated registry fall off the way
/// they do in real text instead of being uniform over a few hundred templates.
/// </summary>
internal sealed class PhrasePool
{
    private readonly string[] _phrases;
    private readonly WeightedPicker _picker;

    public PhrasePool(string phrases, double exponent = 1.0)
    {
        // Not trimmed: a trailing space is part of some phrases ("KLINIK ", "Selama ini ").
        _phrases = phrases.Split('|', StringSplitOptions.RemoveEmptyEntries);
        _picker = new WeightedPicker([.. _phrases.Select((_, rank) => 1 / Math.Pow(rank + 2, exponent))]);
    }

    public int Count => _phrases.Length;

    public string this[int index] => _phrases[index];

    public string Pick(Random random) => _phrases[_picker.Pick(random)];
}

/// <summary>
/// The words of the generated registry: what innovations are about per sector, what they are called,
/// who they serve, through which channel, and the sentences that join them. Each pool runs from the
/// most to the least common phrase.
/// </summary>
internal static class Vocabulary
{
    /// <summary>What an innovation is (the head of a composed title).</summary>
    public static readonly PhrasePool Heads = new(
        "Layanan|Gerakan|Sistem Informasi|Aplikasi|Program|Pelayanan|Inovasi|Percepatan|Pendampingan|Klinik|Gerai|Penguatan|Digitalisasi|" +
        "Pemberdayaan|Rumah|Pojok|Kampung|Sekolah|Jemput Bola|Kelas|Posko|Forum|Portal|Dasbor|Sentra|Mobil|Kartu|Bank|Lumbung|Pusat|Tim|" +
        "Aksi|Bursa|Loket|Ruang|Satgas|Saung|Griya|Balai|Warung|Galeri|Kedai|Laboratorium|Festival|Sekolah Lapang|Bengkel|Taman|Jaringan");

    /// <summary>How it is done (the tail of a composed title).</summary>
    public static readonly PhrasePool Qualifiers = new(
        "Terpadu|Terintegrasi|Daring|Satu Pintu|Keliling|Berbasis Desa|Berbasis Masyarakat|Digital|Mandiri|Cepat|Ramah Anak|Inklusif|" +
        "Tanpa Antre|Gratis|Elektronik|Cerdas|Partisipatif|Tanpa Kertas|Berkelanjutan|Ramah Disabilitas|Gotong Royong|Tepat Sasaran|" +
        "Responsif|Transparan|Kolaboratif|Lintas Sektor|Berbasis Data|Sehat|Hijau|Tangguh|Prima|Bersama|Ramah Lansia|Akhir Pekan|" +
        "Malam Hari|Sekali Datang|24 Jam|Real Time|Di Rumah|Untuk Semua|Bergerak|Akuntabel|Berdaya|Terukur|Humanis|Presisi|Tuntas|Terbuka");

    /// <summary>Who is served.</summary>
    public static readonly PhrasePool Beneficiaries = new(
        "masyarakat|warga|keluarga miskin|pelajar|ibu hamil|balita|lansia|penyandang disabilitas|petani|pelaku UMKM|perempuan|anak|" +
        "pencari kerja|nelayan|aparatur desa|pedagang pasar|remaja|guru|kader posyandu|pemuda|investor|wisatawan|pekerja migran|" +
        "penerima bantuan sosial|calon pengantin|peternak|pengemudi angkutan umum|masyarakat adat|korban kekerasan|anak putus sekolah|" +
        "perempuan kepala keluarga|pekerja informal|penghuni rumah susun|warga pesisir|warga perbatasan|santri|mahasiswa|pengrajin|" +
        "buruh pabrik|pensiunan|orang dengan HIV|penyintas bencana|pedagang kaki lima|pemilik kendaraan|wajib pajak");

    /// <summary>Through which channel or place.</summary>
    public static readonly PhrasePool Channels = new(
        "melalui aplikasi seluler|secara daring|lewat WhatsApp|melalui situs web resmi|di mal pelayanan publik|dengan mobil layanan keliling|" +
        "di kantor kecamatan|di balai desa|lewat pusat panggilan|dengan kode QR|melalui media sosial|lewat pesan singkat|di posyandu|" +
        "di sekolah|di pasar|secara daring dan luring|di puskesmas|melalui kios layanan mandiri|di rumah warga|lewat surat elektronik|" +
        "di kantor kelurahan|melalui radio komunitas|di tempat ibadah|melalui gerai di pusat perbelanjaan|di kantor pos|lewat Telegram|" +
        "dengan perahu layanan|di pos ronda|melalui televisi lokal|di stasiun dan terminal");

    /// <summary>With whom.</summary>
    public static readonly PhrasePool Partners = new(
        "perangkat desa|kader PKK|puskesmas|perguruan tinggi setempat|organisasi perangkat daerah terkait|camat dan lurah|BUMDes|" +
        "karang taruna|tokoh agama|dunia usaha melalui dana CSR|bank daerah|kepolisian resor|relawan|lembaga swadaya masyarakat|" +
        "Baznas|kantor pos|TNI|organisasi penyandang disabilitas|komunitas pegiat literasi|kantor kementerian agama|pengadilan agama|" +
        "BPJS Kesehatan|PLN|perusahaan daerah air minum|asosiasi pengusaha|tokoh adat|media lokal|pramuka|koperasi|rumah sakit daerah");

    /// <summary>How the partner joins the solution's sentence.</summary>
    public static readonly PhrasePool Joins = new(
        "bekerja sama dengan |bersama |dengan dukungan |melibatkan |didampingi |bermitra dengan |dibantu ");

    /// <summary>How the problem statement opens.</summary>
    public static readonly PhrasePool ProblemOpeners = new(
        "Selama ini |Sebelum {brand} diterapkan, |Di {region}, |Berdasarkan survei kepuasan masyarakat, |Hingga tahun {before}, |" +
        "Menurut data dinas, |Pada masa pandemi, |Di wilayah terpencil {place}, |Hasil evaluasi pelayanan publik menunjukkan bahwa |" +
        "Dalam musrenbang kecamatan, warga menyampaikan bahwa |Laporan Ombudsman mencatat bahwa |");

    /// <summary>What went wrong (may name an {object} and {beneficiary}).</summary>
    public static readonly PhrasePool Problems = new(
        "{beneficiary} harus datang berkali-kali ke kantor dinas untuk mengurus {object}|" +
        "data {object} tersebar di beberapa perangkat daerah dan tidak saling terhubung|" +
        "antrean layanan {object} mengular sejak pagi|" +
        "jarak ke pusat layanan yang jauh membuat {beneficiary} jarang memanfaatkan layanan {object}|" +
        "informasi tentang {object} sulit diperoleh masyarakat|" +
        "pengaduan masyarakat tentang {object} jarang ditindaklanjuti|" +
        "jumlah petugas {object} tidak sebanding dengan jumlah warga yang dilayani|" +
        "pencatatan {object} masih manual di buku register|" +
        "biaya transportasi ke kantor layanan memberatkan {beneficiary}|" +
        "{beneficiary} tidak mengetahui persyaratan layanan {object}|" +
        "cakupan {object} di {region} masih di bawah target nasional|" +
        "banyak {beneficiary} belum terjangkau layanan {object}|" +
        "proses {object} memakan waktu hingga {small} hari kerja|" +
        "koordinasi antarinstansi dalam penanganan {object} lemah|" +
        "berkas permohonan {object} sering hilang atau tertumpuk|" +
        "kepercayaan masyarakat terhadap layanan {object} rendah|" +
        "anggaran untuk {object} terbatas sementara kebutuhannya terus naik|" +
        "tidak ada data mutakhir tentang {object} sehingga perencanaan sering meleset|" +
        "{beneficiary} di daerah terpencil kesulitan sinyal dan akses jalan|" +
        "pungutan tidak resmi masih dikeluhkan dalam pengurusan {object}|" +
        "jam layanan {object} bertepatan dengan jam kerja {beneficiary}|" +
        "kasus {object} baru diketahui setelah keadaannya parah|" +
        "sosialisasi tentang {object} hanya menjangkau warga di ibu kota kabupaten|" +
        "petugas lapangan tidak memiliki peta sebaran {object}|" +
        "pelaporan {object} dari desa ke dinas terlambat hingga berminggu-minggu|" +
        "{beneficiary} enggan melapor karena takut dipersulit|" +
        "bantuan untuk {object} sering tidak tepat sasaran|" +
        "layanan {object} tutup pada akhir pekan|" +
        "tingkat partisipasi {beneficiary} dalam {object} rendah|" +
        "sebagian besar desa belum memiliki kader terlatih untuk {object}");

    /// <summary>What followed from it.</summary>
    public static readonly PhrasePool Consequences = new(
        "sehingga banyak warga enggan mengurus haknya|sehingga waktu pelayanan menjadi lama|akibatnya kepuasan masyarakat rendah|" +
        "dan keluhan yang sama berulang setiap tahun|sehingga program sering tidak tepat sasaran|yang membuat biaya layanan membengkak|" +
        "sehingga keputusan pimpinan sering terlambat|sehingga target daerah tidak tercapai|dan membuka peluang pungutan liar|" +
        "sehingga masyarakat kehilangan hari kerja|dan menurunkan kepercayaan publik kepada pemerintah daerah|" +
        "sehingga kelompok rentan paling dirugikan|dan menambah beban kerja petugas|sehingga pelayanan tidak merata antarwilayah");

    /// <summary>What the innovation does (names an {object}).</summary>
    public static readonly PhrasePool Actions = new(
        "menyatukan pendaftaran layanan {object}|mendigitalkan pelayanan {object}|membawa layanan {object} ke desa-desa|" +
        "memetakan {object} sampai tingkat desa|menjadwalkan kunjungan petugas {object} ke rumah warga|" +
        "membuka kanal pengaduan tentang {object}|menyederhanakan persyaratan layanan {object}|melatih kader untuk mendampingi {object}|" +
        "menyediakan dasbor pemantauan {object} bagi pimpinan daerah|memadukan data {object} dengan data kependudukan|" +
        "memberi nomor lacak pada setiap permohonan {object}|menggerakkan gotong royong warga untuk {object}|" +
        "menghapus biaya layanan {object}|menghadirkan petugas {object} pada akhir pekan|membentuk tim reaksi cepat {object}|" +
        "memberi insentif kepada desa dengan capaian {object} terbaik|mengirim pengingat otomatis tentang {object}|" +
        "menerbitkan dokumen {object} dalam satu hari|membuka data {object} kepada publik|menyusun standar pelayanan {object}");

    /// <summary>A further step of the solution.</summary>
    public static readonly PhrasePool Steps = new(
        "Petugas diberi target waktu layanan dan kinerjanya dipantau lewat dasbor|" +
        "Setiap permohonan diberi nomor lacak sehingga pemohon dapat memantau prosesnya|" +
        "Warga menilai layanan setelah selesai dilayani|Data dipadankan dengan data kependudukan|" +
        "Standar pelayanan ditetapkan dengan keputusan kepala daerah|Biaya layanan dihapuskan|" +
        "Kader desa dilatih menjadi pendamping|Hasil pemantauan dibahas setiap bulan dalam rapat koordinasi|" +
        "Layanan dibuka hingga malam hari|Formulir kertas diganti formulir elektronik|" +
        "Warga yang tidak memiliki ponsel dibantu petugas di kantor desa|Tanda tangan elektronik dipakai untuk dokumen keluaran|" +
        "Pengaduan dijawab paling lambat tiga hari kerja|Anggaran dialokasikan melalui dana desa|" +
        "Relawan muda membantu warga lanjut usia|Data dibagikan kepada perangkat daerah lain melalui portal satu data");

    /// <summary>What is new about it.</summary>
    public static readonly PhrasePool Novelties = new(
        "Pertama kalinya layanan {object} di {region} dapat diakses tanpa tatap muka|" +
        "Menggabungkan layanan {object} dan {object2} dalam satu pintu|" +
        "Melibatkan {beneficiary} sebagai penggerak, bukan hanya penerima manfaat|" +
        "Petugas menjemput bola ke rumah warga|Memanfaatkan kearifan lokal {place}|" +
        "Memakai data terpadu sehingga tidak ada pendataan ganda|Tanpa biaya tambahan karena memakai sarana yang sudah ada|" +
        "Warga dapat memantau status layanan secara terbuka|Keputusan diambil berdasarkan data harian, bukan laporan tahunan|" +
        "Desa bersaing sehat melalui papan peringkat capaian {object}|Layanan dirancang bersama warga dalam lokakarya|" +
        "Satu-satunya layanan {object} yang buka di luar jam kerja di {region}|Memadukan teknologi sederhana dengan kunjungan langsung|" +
        "Dikelola bersama {partner} tanpa menambah pegawai|Dapat direplikasi daerah lain dengan biaya rendah");

    /// <summary>What is measured in the impact: the metric and whether it should go up.</summary>
    public static readonly PhrasePool Metrics = new(
        "Waktu pelayanan {object} turun|Cakupan {object} naik|Jumlah pengaduan tentang {object} turun|Indeks kepuasan masyarakat naik|" +
        "Biaya yang dikeluarkan warga turun|Jumlah {beneficiary} yang terlayani naik|Kunjungan ke kantor dinas turun|" +
        "Ketepatan sasaran {object} naik|Partisipasi {beneficiary} naik|Berkas yang ditolak karena tidak lengkap turun|" +
        "Kasus {object} yang tertangani naik|Pendapatan {beneficiary} naik");

    /// <summary>The summary's first sentence.</summary>
    public static readonly PhrasePool Summaries = new(
        "{brand} adalah layanan {object} {qualifier} bagi {beneficiary} di {region} {channel}.|" +
        "{brand} mempermudah masyarakat {place} mendapatkan pelayanan {object} tanpa harus datang ke kantor dinas.|" +
        "Melalui {brand}, {beneficiary} di {region} dapat mengurus layanan {object} {channel}.|" +
        "{brand} merupakan inovasi pelayanan publik yang mendekatkan layanan {object} kepada masyarakat {place}.|" +
        "{brand} memadukan {object} dan {object2} dalam satu layanan {qualifier} untuk {beneficiary}.|" +
        "Inovasi {brand} menjawab keluhan masyarakat {place} tentang layanan {object}.|" +
        "{brand} menghadirkan {head} {object} {qualifier} yang dikelola bersama {partner}.|" +
        "{brand} membantu {beneficiary} di {region} memperoleh layanan {object} {channel}.|" +
        "{brand} memantau {object} di {region} secara berkala dan membuka hasilnya kepada masyarakat.|" +
        "Pelayanan {object} di {region} kini dapat diakses {beneficiary} {channel}.|" +
        "{brand} adalah gerakan bersama pemerintah daerah dan masyarakat {place} untuk {object}.|" +
        "{brand} mengubah cara {region} melayani {beneficiary} dalam urusan {object}.");

    /// <summary>A sentence that may follow the summary's first.</summary>
    public static readonly PhrasePool SummaryFollowUps = new(
        "Layanan ini diluncurkan pada {year}.|Sasaran utamanya adalah {beneficiary} di {small} kecamatan.|" +
        "Seluruh proses dapat dipantau masyarakat secara terbuka.|Inovasi ini dikembangkan bersama {partner}.|" +
        "Warga cukup membawa nomor induk kependudukan.|Tidak ada biaya yang dipungut dari masyarakat.|" +
        "Layanan tersedia setiap hari termasuk akhir pekan.|Petugas datang ke lokasi bila warga tidak dapat hadir.|" +
        "Program ini menjadi prioritas kepala daerah sejak {year}.|Hasilnya dilaporkan setiap triwulan kepada DPRD.|" +
        "{brand} menjadi contoh bagi daerah lain di {province}.|Inovasi ini masuk nominasi kompetisi inovasi pelayanan publik {province}.");

    /// <summary>Syllables that open a generated brand, glued to what follows unless they end in a space or hyphen.</summary>
    public static readonly PhrasePool BrandPrefixes = new(
        "SI|E-|GER|SAPA |GEMA|SI-|PAK|SIM|GO-|SMART |PRO|MAS|KLINIK |GERAI |JEMPUT |POJOK |SAHABAT |RUMAH |TIM |LAYANAN |SIAP |" +
        "SIGAP |MOBIL |KAMPUNG |DESA |SUPER |SATU |BERANI |AYO |GERBANG ", 0.8);

    /// <summary>Syllables that may close a generated brand.</summary>
    public static readonly PhrasePool BrandSuffixes = new(
        "KU|MAS|DESA|KITA|PADU|PRIMA|ONLINE|DIGITAL|CEPAT|JUARA|EMAS|BERSINAR|MANTAP|SAKTI|BERSAMA|PLUS|TA|NA|DU|RI|LA|GO|MULIA|" +
        "HEBAT|CERIA|RAKYAT|NUSANTARA|MADANI|SEJAHTERA|BERKAH|2.0", 0.8);

    private static readonly Dictionary<string, (PhrasePool Objects, PhrasePool Syllables)> BySector = new(StringComparer.Ordinal)
    {
        ["education"] = (new("pendidikan|sekolah|peserta didik|guru|literasi|beasiswa|pembelajaran|sekolah dasar|PAUD|ijazah|sekolah ramah anak|" +
            "anak putus sekolah|zonasi sekolah|sekolah inklusi|pendidikan kesetaraan|numerasi|bimbingan belajar|kelas jauh|tenaga pendidik|madrasah|" +
            "muatan lokal|seragam sekolah|kantin sekolah"), new("DIK|PINTAR|CERDAS|SEKOLAH|GURU|BACA|PAUD|SISWA|BELAJAR|ILMU")),
        ["health"] = (new("kesehatan|puskesmas|posyandu|stunting|imunisasi|ibu hamil|gizi balita|rumah sakit|rujukan pasien|ambulans|obat|" +
            "tuberkulosis|demam berdarah|jaminan kesehatan|kesehatan jiwa|persalinan|lansia sehat|kesehatan reproduksi|malaria|HIV|antrean pasien|" +
            "rekam medis|kesehatan gigi|penyakit tidak menular|hipertensi|diabetes|anemia remaja|air susu ibu|telemedisin|donor darah"),
            new("SEHAT|KES|MEDIS|POSYAN|GIZI|BUGAR|SIAGA|DOKTER|BIDAN|SEHATI")),
        ["public-works"] = (new("jalan|jembatan|drainase|air minum|irigasi|tata ruang|persetujuan bangunan gedung|jalan desa|penerangan jalan|" +
            "saluran air|bendungan|jasa konstruksi|sumur bor|trotoar|banjir|talud|embung|jalan rusak"), new("JALAN|PU|BANGUN|AIR|TARU|JEMBATAN|MULUS")),
        ["housing"] = (new("rumah tidak layak huni|perumahan|permukiman kumuh|bedah rumah|rumah susun|prasarana permukiman|air bersih|jamban sehat|" +
            "pemakaman umum|kawasan kumuh|sertifikat laik fungsi"), new("RUMAH|HUNI|RTLH|KIM|LAYAK|PERKIM")),
        ["public-order"] = (new("kebakaran|bencana|pedagang kaki lima|ketertiban umum|tanah longsor|satuan polisi pamong praja|linmas|evakuasi|" +
            "peringatan dini|gempa bumi|kebakaran hutan|keamanan lingkungan|tanggap darurat|relawan bencana|banjir bandang"),
            new("DAMKAR|TANGGUH|BENCANA|TANGGAP|SATPOL|AMAN|TRANTIB")),
        ["social"] = (new("bantuan sosial|kemiskinan|penyandang disabilitas|lansia terlantar|data terpadu kesejahteraan sosial|rehabilitasi sosial|" +
            "anak jalanan|fakir miskin|program keluarga harapan|bantuan pangan|panti sosial|orang dengan gangguan jiwa|korban bencana|pekerja sosial|" +
            "rumah singgah|gelandangan"), new("SOS|BANSOS|PEDULI|KESOS|DIFABEL|LANSIA|SEJAHTERA")),
        ["labour"] = (new("pencari kerja|pelatihan kerja|pekerja migran|lowongan kerja|hubungan industrial|keselamatan kerja|balai latihan kerja|" +
            "pemagangan|sertifikasi kompetensi|upah minimum|jaminan sosial ketenagakerjaan|tenaga kerja lokal|kartu pencari kerja|pengangguran"),
            new("KERJA|LOKER|NAKER|MIGRAN|KARYA|TERAMPIL")),
        ["women-children"] = (new("perlindungan anak|kekerasan terhadap perempuan|pengarusutamaan gender|perkawinan anak|pemberdayaan perempuan|" +
            "kota layak anak|forum anak|korban kekerasan|pola asuh|hak anak|perempuan kepala keluarga|pusat pembelajaran keluarga"),
            new("ANAK|PUSPA|SRIKANDI|KARTINI|LINDUNGI|PEREMPUAN|PPA")),
        ["food"] = (new("ketahanan pangan|harga pangan|cadangan pangan|pekarangan|keamanan pangan|pangan lokal|lumbung pangan|beras|sayuran|" +
            "gizi keluarga|distribusi pangan|rawan pangan"), new("PANGAN|BERAS|LUMBUNG|TANI|HARGA|GIZI")),
        ["land"] = (new("sertifikat tanah|sengketa tanah|aset daerah|pertanahan|ganti rugi lahan|redistribusi tanah|tanah ulayat|batas desa|" +
            "pengadaan tanah"), new("TANAH|ASET|AGRARIA|LAHAN|BATAS")),
        ["environment"] = (new("sampah|bank sampah|kualitas udara|pencemaran sungai|perubahan iklim|ruang terbuka hijau|limbah|daur ulang|mangrove|" +
            "sampah plastik|kompos|air limbah|penghijauan|emisi karbon|kampung iklim|sungai|sampah organik|minyak jelantah"),
            new("SAMPAH|HIJAU|IKLIM|RESIK|BERSIH|LESTARI|ASRI|KALI")),
        ["civil-registration"] = (new("akta kelahiran|kartu tanda penduduk|kartu keluarga|dokumen kependudukan|akta kematian|" +
            "identitas kependudukan digital|kartu identitas anak|pindah datang|perekaman KTP elektronik|akta perkawinan|data kependudukan|" +
            "administrasi kependudukan|adminduk|dukcapil"), new("AKTA|DUK|CAPIL|KTP|KK|ADMINDUK|IKD|PENDUDUK")),
        ["village-empowerment"] = (new("desa|BUMDes|dana desa|APBDes|musrenbang|pemerintahan desa|kelurahan|aparatur desa|desa wisata|lembaga adat|" +
            "profil desa|perencanaan desa|sistem informasi desa|pasar desa|kader desa"), new("DESA|KADES|GAMPONG|NAGARI|BUMDES|MANDIRI")),
        ["family-planning"] = (new("keluarga berencana|kontrasepsi|keluarga berisiko stunting|calon pengantin|penyuluh KB|bina keluarga balita|remaja|" +
            "kampung KB|pendewasaan usia perkawinan|ketahanan keluarga"), new("KB|KELUARGA|CATIN|GENRE|BERENCANA")),
        ["transport"] = (new("angkutan umum|uji kendaraan bermotor|parkir|bus sekolah|terminal|penyeberangan|lalu lintas|ojek|pelabuhan|" +
            "keselamatan jalan|angkutan desa|transportasi daring|halte|rambu lalu lintas"), new("HUB|PARKIR|KIR|ANGKUT|LANTAS|BUS|TRANS")),
        ["communication"] = (new("pengaduan|informasi publik|aplikasi|internet|data|keterbukaan informasi|media sosial|pusat data|jaringan|hoaks|" +
            "kota cerdas|layanan digital|kanal aspirasi|hubungan masyarakat|command center"), new("INFO|KOMINFO|LAPOR|ADUAN|DATA|NET|SUARA")),
        ["cooperatives-sme"] = (new("UMKM|koperasi|modal usaha|pemasaran daring|produk lokal|kemasan produk|sertifikasi halal|pelaku usaha mikro|" +
            "kredit usaha|pasar digital|ekspor|wirausaha|kerajinan"), new("UMKM|KOPERASI|USAHA|MODAL|NIAGA|PASAR")),
        ["investment"] = (new("perizinan|investasi|perizinan berusaha|nomor induk berusaha|penanaman modal|mal pelayanan publik|izin usaha|" +
            "kemudahan berusaha|peluang investasi|izin keramaian|pelaku usaha|izin lingkungan"), new("IZIN|CANTIK|PEKAT|INVEST|MPP|PTSP|NIB")),
        ["youth-sports"] = (new("pemuda|olahraga|atlet|gelanggang olahraga|kepemudaan|wirausaha muda|karang taruna|olahraga rekreasi|pramuka|" +
            "sarana olahraga"), new("MUDA|ORAGA|ATLET|PEMUDA|GOR")),
        ["statistics"] = (new("data statistik|satu data|statistik sektoral|metadata|survei|data desa|indikator pembangunan|portal data|data terbuka"),
            new("DATA|STAT|CANTIK|SURVEI")),
        ["cryptography"] = (new("keamanan informasi|sertifikat elektronik|tanda tangan elektronik|insiden siber|persandian|enkripsi|keamanan siber"),
            new("SANDI|SIBER|TTE|SIGN|CSIRT")),
        ["culture"] = (new("cagar budaya|kesenian|bahasa daerah|aksara daerah|museum|warisan budaya|tradisi|sanggar seni|festival budaya|adat"),
            new("BUDAYA|SENI|AKSARA|ADAT|TRADISI")),
        ["libraries"] = (new("perpustakaan|minat baca|buku|taman bacaan|literasi|pustaka digital|pojok baca|perpustakaan desa|gemar membaca"),
            new("PUSTAKA|BACA|BUKU|LITERASI|PUSLING")),
        ["archives"] = (new("arsip|kearsipan|dokumen|arsip desa|arsip statis|arsip vital|tata naskah|naskah dinas|alih media"),
            new("ARSIP|DOK|NASKAH|SRIKANDI")),
        ["marine-fisheries"] = (new("nelayan|perikanan|budidaya ikan|hasil tangkapan|rumput laut|tambak|pesisir|ikan|kapal nelayan|" +
            "tempat pelelangan ikan|pengolahan ikan|garam rakyat|terumbu karang"), new("IKAN|NELAYAN|BAHARI|LAUT|MINA|TAMBAK")),
        ["tourism"] = (new("pariwisata|desa wisata|wisatawan|destinasi|homestay|ekonomi kreatif|pemandu wisata|festival|kuliner|cendera mata|" +
            "objek wisata|wisata alam"), new("WISATA|PESONA|JELAJAH|TOUR|DESTINASI")),
        ["agriculture"] = (new("petani|pertanian|pupuk|benih|kelompok tani|padi|hortikultura|ternak|kesehatan hewan|penyuluh pertanian|" +
            "alat mesin pertanian|jagung|kopi|kakao|kelapa sawit|cabai|asuransi pertanian|sapi|inseminasi buatan"),
            new("TANI|PUPUK|PADI|TERNAK|AGRO|SAWAH|KEBUN")),
        ["forestry"] = (new("hutan|perhutanan sosial|hutan desa|rehabilitasi lahan|hasil hutan bukan kayu|hutan adat|bibit pohon|madu hutan"),
            new("HUTAN|RIMBA|POHON|LESTARI")),
        ["energy-mineral"] = (new("listrik desa|energi terbarukan|panel surya|tambang rakyat|air tanah|biogas|pembangkit listrik|mikrohidro|bahan bakar"),
            new("ENERGI|LISTRIK|SURYA|TERANG|ESDM")),
        ["trade"] = (new("pasar rakyat|harga barang|metrologi|pedagang|perdagangan|distribusi barang|pasar tradisional|tera ulang|" +
            "perlindungan konsumen|bahan pokok"), new("PASAR|DAGANG|TERA|NIAGA|HARGA")),
        ["industry"] = (new("industri kecil|industri rumah tangga|sentra industri|standar produk|tenun|batik|kerajinan|mesin produksi|kawasan industri"),
            new("INDUSTRI|IKM|PRODUK|TENUN|BATIK")),
        ["transmigration"] = (new("transmigrasi|kawasan transmigrasi|transmigran|lahan usaha|permukiman transmigrasi"), new("TRANS|MIGRASI|LAHAN")),
    };

    private static readonly (PhrasePool Objects, PhrasePool Syllables) General = (
        new("pelayanan publik|pengaduan|data|perizinan|informasi publik"), new("PADU|LAYAN|MAS|PEN|KITA"));

    public static PhrasePool Objects(string sector) => BySector.GetValueOrDefault(sector, General).Objects;

    /// <summary>
    /// Brands as agencies make them: an opening syllable, a syllable of the sector, and often a closing one
    /// (SI+DIK+KU, GER+SEHAT, SAPA DESA MANDIRI). The combinations are many but their parts are Zipf-weighted,
    /// so a popular combination recurs across agencies and a rare one belongs to a few.
    /// </summary>
    public static string Brand(string sector, Random random)
    {
        var syllables = BySector.GetValueOrDefault(sector, General).Syllables;
        var prefix = BrandPrefixes.Pick(random);
        var brand = prefix + syllables.Pick(random);
        if (random.Next(100) < 55)
        {
            var suffix = BrandSuffixes.Pick(random);
            var glue = suffix.Length <= 3 && !suffix.Contains('.', StringComparison.Ordinal);
            brand += glue ? suffix : " " + suffix;
        }

        return brand;
    }

    /// <summary>"rumah tidak layak huni" → "Rumah Tidak Layak Huni"; acronyms (UMKM) and small words stay as they are.</summary>
    public static string TitleCase(string phrase) => string.Join(' ', phrase.Split(' ').Select(word =>
        word.Length == 0 || SmallWords.Contains(word) || word.Any(char.IsUpper)
            ? word
            : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..]));

    private static readonly HashSet<string> SmallWords = new(["dan", "di", "ke", "untuk", "bagi", "yang", "dengan"], StringComparer.Ordinal);
}
