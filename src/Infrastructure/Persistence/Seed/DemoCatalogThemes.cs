using Jipp.Domain.Innovations;

namespace Jipp.Infrastructure.Persistence.Seed;

/// <summary>The themes themselves, per sector (UU 23/2014 Art. 12), in Indonesian.</summary>
internal static partial class DemoCatalog
{
    private const InnovationForm Service = InnovationForm.PublicService;
    private const InnovationForm Governance = InnovationForm.Governance;
    private const InnovationForm Other = InnovationForm.Other;

    /// <summary>The six basic-service affairs (urusan pelayanan dasar).</summary>
    private static DemoTheme[] BasicServiceThemes() =>
    [
        // Pendidikan
        new(
            "education", "Sekolah Ramah Anak", "SERASI|SEKAR|SEHATI",
            "Dinas Pendidikan {region}", Service, false, DemoScope.Any,
            "{acronym} mendorong sekolah di {region} menjadi tempat yang aman, bersih, dan menyenangkan bagi peserta didik tanpa perundungan dan kekerasan.",
            "Kasus perundungan dan hukuman fisik masih dilaporkan di sejumlah sekolah, sementara siswa tidak tahu ke mana harus mengadu.",
            "Setiap sekolah membentuk tim sekolah ramah anak, menyediakan kotak dan kanal pengaduan siswa, serta melatih guru menerapkan disiplin positif mulai {year}.",
            "Siswa dilibatkan langsung sebagai duta anti-perundungan dan ikut menilai kondisi sekolahnya setiap semester.",
            "Laporan perundungan yang tertangani naik {percent} persen dan {hundreds} siswa terlibat sebagai duta sekolah ramah anak."),
        new(
            "education", "Penerimaan Peserta Didik Baru Daring", "PPDB ONLINE|SIPENDIK|PASTI SEKOLAH",
            "Dinas Pendidikan {region}", Service, true, DemoScope.Any,
            "{acronym} adalah layanan pendaftaran peserta didik baru secara daring yang transparan, lengkap dengan pemetaan zonasi dan pengumuman hasil seleksi secara langsung.",
            "Orang tua harus antre berjam-jam di sekolah tujuan untuk mendaftar dan sering meragukan hasil seleksi karena prosesnya tidak terbuka.",
            "Pendaftaran, verifikasi berkas, dan pengumuman dilakukan melalui portal daring; sekolah menyediakan meja bantuan bagi orang tua yang belum terbiasa dengan internet.",
            "Peringkat calon siswa dapat dipantau secara waktu nyata sehingga orang tua dapat memindahkan pilihan sebelum pendaftaran ditutup.",
            "Antrean fisik di sekolah hilang, pengaduan terkait PPDB turun {percent} persen, dan {number} calon siswa terlayani setiap tahun."),
        new(
            "education", "Guru Kunjung Daerah Terpencil", "GURU KUNJUNG|GERAI ILMU|SIGAP BELAJAR",
            "Dinas Pendidikan {region}", Service, false, DemoScope.Regency,
            "{acronym} mendatangkan guru ke dusun-dusun terpencil di {region} yang jauh dari sekolah sehingga anak tetap belajar secara teratur.",
            "Anak-anak di dusun terpencil harus menempuh perjalanan jauh ke sekolah sehingga banyak yang jarang hadir atau putus sekolah.",
            "Guru dijadwalkan bergiliran mengajar di rumah warga atau balai dusun beberapa kali seminggu dengan dukungan modul belajar mandiri.",
            "Pembelajaran dibawa ke tempat anak tinggal, bukan menunggu anak datang ke sekolah.",
            "Angka putus sekolah di wilayah sasaran turun {percent} persen dan {hundreds} anak kembali belajar secara teratur."),
        new(
            "education", "Beasiswa Pendidikan Satu Pintu", "BEASISWA SATU PINTU|SIBEDAH|BIDIK CERDAS",
            "Dinas Pendidikan {region}", Service, true, DemoScope.Any,
            "{acronym} menyatukan pendaftaran berbagai program beasiswa daerah di {region} dalam satu aplikasi dengan seleksi yang terbuka.",
            "Informasi beasiswa tersebar di banyak perangkat daerah sehingga calon penerima kesulitan mendaftar dan penerima ganda sering terjadi.",
            "Calon penerima mendaftar sekali dengan data yang dipadankan dengan data kependudukan dan data kesejahteraan sosial, lalu hasil seleksi diumumkan secara daring.",
            "Satu data penerima untuk semua beasiswa daerah sehingga tumpang tindih penerima dapat dicegah sejak awal.",
            "Penerima ganda turun {percent} persen dan {number} pelajar dari keluarga kurang mampu menerima beasiswa tepat sasaran."),
        new(
            "education", "Kelas Literasi Digital Guru", "KELAS DIGITAL|GURU MELEK DIGITAL|LITERASI GURU",
            "Dinas Pendidikan {region}", Other, true, DemoScope.Any,
            "{acronym} adalah komunitas belajar tempat guru di {region} saling melatih pemanfaatan teknologi digital untuk pembelajaran.",
            "Banyak guru belum terbiasa memakai perangkat digital untuk mengajar, sementara pelatihan formal terbatas kuotanya.",
            "Guru yang mahir menjadi mentor sebaya melalui kelas daring dan luring berjenjang, dengan praktik langsung menyusun bahan ajar digital.",
            "Pelatihan berbasis komunitas guru sebaya tanpa menunggu anggaran pelatihan formal.",
            "{number} guru telah mengikuti kelas dan {percent} persen di antaranya rutin memakai bahan ajar digital di kelas."),

        // Kesehatan
        new(
            "health", "Posyandu Digital", "POSYANDU DIGITAL|SI-POSYAN|E-POSYANDU",
            "Dinas Kesehatan {region}", Service, true, DemoScope.Local,
            "{acronym} mencatat penimbangan dan pemeriksaan balita di posyandu secara digital sehingga tumbuh kembang anak di {region} terpantau dari bulan ke bulan.",
            "Catatan posyandu masih ditulis di buku register sehingga balita berisiko gizi buruk atau stunting terlambat diketahui petugas puskesmas.",
            "Sejak {year}, kader posyandu memasukkan hasil penimbangan melalui aplikasi di ponsel; sistem menandai balita yang berat badannya tidak naik dan mengirimkan daftar itu ke bidan dan petugas gizi puskesmas.",
            "Kader tidak lagi merekap manual dan puskesmas mendapat peringatan dini pada hari yang sama dengan penimbangan.",
            "Balita berisiko yang terdeteksi dini naik {percent} persen dan waktu rekap laporan bulanan kader berkurang dari beberapa hari menjadi hitungan menit."),
        new(
            "health", "Telemedisin Puskesmas", "TELEMEDIS|DOKTER ONLINE|SAPA DOKTER",
            "Dinas Kesehatan {region}", Service, true, DemoScope.Local,
            "{acronym} memungkinkan warga berkonsultasi dengan dokter puskesmas melalui panggilan video dan pesan tanpa harus datang ke puskesmas.",
            "Warga di wilayah yang jauh dari puskesmas menunda berobat karena biaya dan waktu perjalanan, sementara antrean di puskesmas padat.",
            "Puskesmas membuka jadwal konsultasi daring; dokter dapat merujuk pasien, meresepkan obat yang diambil di pustu terdekat, atau menjadwalkan kunjungan rumah.",
            "Layanan dokter puskesmas menjangkau rumah warga dan terhubung dengan pustu serta kader kesehatan setempat.",
            "{number} konsultasi daring terlayani dan kunjungan tidak perlu ke puskesmas berkurang {percent} persen."),
        new(
            "health", "Ambulans Desa Siaga", "AMBULANS DESA|SIAGA DESA|MOBIL SEHAT",
            "Dinas Kesehatan {region}", Service, false, DemoScope.Regency,
            "{acronym} menyiapkan kendaraan warga dan kendaraan desa yang siap mengantar ibu hamil dan pasien gawat darurat ke fasilitas kesehatan kapan saja.",
            "Ibu hamil di desa terpencil sering terlambat mencapai puskesmas atau rumah sakit saat persalinan karena tidak tersedia kendaraan.",
            "Desa mendata kendaraan siaga dan pengemudinya, memasang nomor darurat di setiap dusun, dan menanggung biaya bahan bakar melalui dana desa.",
            "Gotong royong warga dan dana desa dipakai untuk transportasi rujukan, bukan menunggu ambulans dari kota.",
            "Persalinan di fasilitas kesehatan naik {percent} persen dan tidak ada lagi keterlambatan rujukan yang dilaporkan di desa sasaran."),
        new(
            "health", "Antrean Daring Rumah Sakit Daerah", "ANTREAN ONLINE|SI-ANTRE|ANTRI CEPAT",
            "RSUD {region}", Service, true, DemoScope.Any,
            "{acronym} memungkinkan pasien rawat jalan RSUD mengambil nomor antrean dari rumah dan datang mendekati jadwal pemeriksaan.",
            "Pasien rawat jalan datang sejak subuh untuk mengambil nomor antrean dan menunggu berjam-jam di ruang tunggu yang penuh.",
            "Nomor antrean diambil melalui aplikasi, WhatsApp, atau telepon; pasien mendapat perkiraan jam layanan dan pengingat sebelum gilirannya.",
            "Antrean poliklinik terhubung dengan jadwal dokter sehingga perkiraan waktu layanan dapat diperbarui secara otomatis.",
            "Waktu tunggu rata-rata pasien rawat jalan turun {percent} persen dan kepadatan ruang tunggu berkurang nyata."),
        new(
            "health", "Gerakan Cegah Stunting Terpadu", "CEGAH STUNTING|GENTING|GEMAS",
            "Dinas Kesehatan {region}", Service, false, DemoScope.Any,
            "{acronym} menggerakkan puskesmas, kader, dan perangkat desa dan kelurahan di {region} untuk mendampingi ibu hamil dan baduta agar anak tumbuh tanpa stunting.",
            "Angka stunting di {region} masih di atas target nasional dan intervensinya berjalan sendiri-sendiri di setiap perangkat daerah.",
            "Setiap keluarga sasaran didampingi kader, mendapat makanan tambahan bergizi dari bahan pangan lokal, dan dipantau bulanan dalam rembuk stunting.",
            "Intervensi gizi, sanitasi, dan pengasuhan dijalankan bersama dengan satu daftar keluarga sasaran.",
            "Prevalensi stunting di wilayah sasaran turun {points} poin persen dalam dua tahun dan {number} baduta terdampingi."),

        // Pekerjaan Umum dan Penataan Ruang
        new(
            "public-works", "Lapor Jalan Rusak", "LAPOR JALAN|SIGAP JALAN|JALAN MULUS",
            "Dinas Pekerjaan Umum dan Penataan Ruang {region}", Service, true, DemoScope.Any,
            "{acronym} memungkinkan warga {region} melaporkan jalan berlubang dan jembatan rusak lengkap dengan foto dan titik lokasi, lalu memantau perbaikannya.",
            "Kerusakan jalan baru diketahui setelah ada kecelakaan atau keluhan di media sosial, dan warga tidak tahu apakah laporannya ditindaklanjuti.",
            "Sejak {year}, laporan masuk ke aplikasi, diverifikasi petugas dalam satu hari, dijadwalkan untuk tim reaksi cepat, dan statusnya dapat dipantau pelapor hingga selesai.",
            "Foto sebelum dan sesudah perbaikan dipublikasikan sehingga warga dapat menilai sendiri hasil pekerjaan.",
            "Waktu perbaikan lubang jalan turun dari beberapa minggu menjadi rata-rata tiga hari dan {number} laporan telah ditindaklanjuti."),
        new(
            "public-works", "Layanan Persetujuan Bangunan Gedung Kilat", "PBG KILAT|SIMBG CEPAT|BANGUN MUDAH",
            "Dinas Pekerjaan Umum dan Penataan Ruang {region}", Service, true, DemoScope.Local,
            "{acronym} mempercepat penerbitan Persetujuan Bangunan Gedung untuk rumah tinggal sederhana dengan pendampingan berkas dan desain prototipe gratis.",
            "Warga yang membangun rumah sederhana enggan mengurus persetujuan bangunan karena harus menyiapkan gambar teknis yang mahal dan prosesnya lama.",
            "Dinas menyediakan gambar prototipe rumah tinggal yang sudah memenuhi standar teknis dan petugas pendamping untuk mengunggah permohonan secara daring.",
            "Desain prototipe siap pakai menggantikan gambar teknis buatan konsultan untuk rumah tinggal sederhana.",
            "Permohonan persetujuan bangunan rumah tinggal naik {percent} persen dan waktu penerbitan rata-rata menjadi lima hari kerja."),
        new(
            "public-works", "Padat Karya Drainase Lingkungan", "GOTONG ROYONG DRAINASE|RESIK KALI|BERSIH SALURAN",
            "Dinas Pekerjaan Umum dan Penataan Ruang {region}", Other, false, DemoScope.Local,
            "{acronym} melibatkan warga membersihkan dan memperbaiki saluran drainase lingkungan dengan upah harian dari anggaran pemeliharaan.",
            "Genangan dan banjir lokal terjadi setiap musim hujan karena saluran tersumbat sampah dan sedimen.",
            "Dinas menyediakan bahan dan pengawas teknis, sementara warga setempat dipekerjakan secara padat karya untuk pembersihan dan perbaikan ringan.",
            "Pemeliharaan infrastruktur dijalankan bersama warga sehingga sekaligus menjadi sumber penghasilan tambahan.",
            "Titik genangan berkurang {percent} persen dan {number} warga memperoleh upah dari kegiatan padat karya."),
        new(
            "public-works", "Peta Tata Ruang Interaktif", "PETA RUANG|SI-TARU|GIS TATA RUANG",
            "Dinas Pekerjaan Umum dan Penataan Ruang {region}", Governance, true, DemoScope.Any,
            "{acronym} menampilkan rencana tata ruang {region} dalam peta daring sehingga warga dan investor dapat memeriksa peruntukan lahan sebelum mengajukan izin.",
            "Dokumen rencana tata ruang hanya tersedia dalam bentuk cetak dan sulit dipahami, sehingga banyak permohonan ditolak karena tidak sesuai peruntukan.",
            "Rencana tata ruang didigitalkan ke dalam sistem informasi geografis; pengguna cukup mengklik bidang tanah untuk mengetahui peruntukan dan ketentuannya.",
            "Informasi kesesuaian ruang dapat diperoleh mandiri dan seketika tanpa datang ke kantor dinas.",
            "Permohonan yang ditolak karena tidak sesuai tata ruang turun {percent} persen dan peta diakses lebih dari {number} kali setiap bulan."),

        // Perumahan Rakyat dan Kawasan Permukiman
        new(
            "housing", "Bedah Rumah Gotong Royong", "BEDAH RUMAH|RUMAH LAYAK|GERAK RTLH",
            "Dinas Perumahan Rakyat dan Kawasan Permukiman {region}", Service, false, DemoScope.Any,
            "{acronym} memperbaiki rumah tidak layak huni milik keluarga miskin di {region} dengan memadukan anggaran daerah, dana CSR, dan tenaga gotong royong warga.",
            "Ribuan keluarga miskin masih tinggal di rumah berlantai tanah dan beratap bocor, sementara anggaran perbaikan rumah daerah terbatas.",
            "Pemerintah menyediakan bahan bangunan, perusahaan mitra menambah dana, dan warga sekitar bergotong royong mengerjakan perbaikan di bawah pengawasan fasilitator.",
            "Satu rumah diperbaiki dengan tiga sumber daya sekaligus sehingga biaya per rumah jauh lebih rendah.",
            "{hundreds} rumah tidak layak huni telah diperbaiki dan biaya per rumah turun {percent} persen dibanding pola sebelumnya."),
        new(
            "housing", "Sistem Informasi Rumah Tidak Layak Huni", "SI-RTLH|RUMAHKU|DATA RUMAH",
            "Dinas Perumahan Rakyat dan Kawasan Permukiman {region}", Governance, true, DemoScope.Any,
            "{acronym} menyatukan data rumah tidak layak huni di {region} berikut foto dan koordinatnya sehingga bantuan perbaikan dapat diprioritaskan.",
            "Data rumah tidak layak huni berbeda antara desa atau kelurahan, dinas, dan program pusat sehingga bantuan sering salah sasaran atau dobel.",
            "Petugas desa dan kelurahan memverifikasi setiap rumah dengan foto dan titik lokasi; data diperbarui setelah rumah selesai diperbaiki.",
            "Satu basis data bersama untuk semua sumber bantuan perumahan, dipakai bersama oleh desa, kelurahan, dan dinas.",
            "Bantuan ganda tidak lagi ditemukan dan penyaluran bantuan perbaikan rumah menjadi {percent} persen lebih cepat."),

        // Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat
        new(
            "public-order", "Pemadam Kebakaran Cepat Tanggap", "DAMKAR SIGAP|RESPON CEPAT|SI-DAMKAR",
            "Dinas Pemadam Kebakaran dan Penyelamatan {region}", Service, true, DemoScope.Local,
            "{acronym} mempercepat respons pemadam kebakaran di {region} melalui panggilan darurat yang langsung menampilkan lokasi pelapor dan pos terdekat.",
            "Waktu tanggap kebakaran sering melebihi 15 menit karena lokasi kejadian sulit dijelaskan melalui telepon.",
            "Pelapor menekan tombol darurat di aplikasi atau menelepon nomor darurat; lokasi terkirim otomatis dan pos terdekat langsung diberangkatkan.",
            "Pos pemadam kebakaran terdekat ditentukan otomatis dari lokasi pelapor, bukan dari wilayah administrasi.",
            "Waktu tanggap rata-rata turun {percent} persen dan kerugian akibat kebakaran berkurang."),
        new(
            "public-order", "Desa Tangguh Bencana", "DESTANA|DESA TANGGUH|SIAGA BENCANA",
            "Badan Penanggulangan Bencana Daerah {region}", Other, false, DemoScope.Rural,
            "{acronym} membentuk relawan desa yang terlatih mengenali ancaman bencana dan mengevakuasi warga di {region}.",
            "Desa-desa rawan banjir dan longsor belum memiliki jalur evakuasi dan relawan terlatih, sehingga korban jatuh sebelum bantuan datang.",
            "BPBD melatih relawan desa, menyusun peta risiko dan jalur evakuasi bersama warga, serta menggelar simulasi bencana setiap tahun.",
            "Kesiapsiagaan dibangun dari desa oleh warga sendiri, dengan rencana kontinjensi yang disahkan peraturan desa.",
            "{hundreds} relawan desa terlatih dan waktu evakuasi pada simulasi lebih cepat {percent} persen."),
        new(
            "public-order", "Penataan Pedagang Kaki Lima yang Humanis", "PKL TERTATA|PENERTIBAN HUMANIS|SATPOL SAHABAT",
            "Satuan Polisi Pamong Praja {region}", Governance, false, DemoScope.Any,
            "{acronym} mengganti penertiban paksa pedagang kaki lima dengan dialog, relokasi ke zona berjualan, dan pembinaan usaha.",
            "Penertiban pedagang kaki lima kerap berujung bentrokan, sementara pedagang kembali ke lokasi yang sama beberapa hari kemudian.",
            "Satpol PP memetakan pedagang, membuka dialog dengan paguyuban, menyiapkan zona dan jam berjualan, serta menghubungkan pedagang dengan program UMKM.",
            "Penegakan peraturan daerah dilakukan dengan pendekatan persuasif dan solusi usaha, bukan semata penyitaan.",
            "Bentrokan saat penertiban tidak lagi terjadi dan {percent} persen pedagang pindah sukarela ke zona yang disediakan."),

        // Sosial
        new(
            "social", "Layanan Satu Pintu Bantuan Sosial", "SIPINTAR BANSOS|SATU PINTU SOSIAL|SIKS PADU",
            "Dinas Sosial {region}", Service, true, DemoScope.Any,
            "{acronym} menyediakan satu loket dan satu aplikasi untuk pengaduan, pendaftaran, dan pengecekan status bantuan sosial bagi warga {region}.",
            "Warga miskin bolak-balik ke kantor desa atau kelurahan, kecamatan, dan dinas sosial hanya untuk menanyakan mengapa bantuan tidak diterima.",
            "Petugas di loket terpadu memeriksa status kepesertaan, menerima usulan dan sanggahan, serta meneruskannya ke pemutakhiran data sosial.",
            "Semua urusan bantuan sosial selesai di satu tempat dan statusnya dapat dicek sendiri dengan NIK.",
            "Pengaduan bantuan sosial yang selesai naik {percent} persen dan {number} warga terlayani setiap tahun."),
        new(
            "social", "Pemutakhiran Data Kemiskinan Jemput Bola", "JEMPUT DATA|SIDAK MISKIN|DATA PADU",
            "Dinas Sosial {region}", Governance, true, DemoScope.Local,
            "{acronym} memutakhirkan data keluarga miskin di {region} langsung dari rumah ke rumah menggunakan aplikasi pendataan.",
            "Data terpadu kesejahteraan sosial tidak diperbarui bertahun-tahun sehingga banyak keluarga miskin tidak terdaftar dan keluarga mampu masih menerima bantuan.",
            "Pendamping sosial dan operator desa atau kelurahan mendatangi keluarga, memotret kondisi rumah, dan memperbarui data melalui aplikasi yang langsung dipadankan dengan data kependudukan.",
            "Musyawarah desa dan kelurahan memverifikasi hasil pendataan secara terbuka sebelum data diusulkan.",
            "{number} keluarga baru terdata sebagai penerima bantuan dan inklusi yang salah berkurang {percent} persen."),
        new(
            "social", "Kartu Layanan Terpadu Penyandang Disabilitas", "KARTU DISABILITAS|SAHABAT DIFABEL|INKLUSI",
            "Dinas Sosial {region}", Service, false, DemoScope.Any,
            "{acronym} memberi penyandang disabilitas kartu identitas layanan yang memudahkan akses prioritas ke layanan kesehatan, pendidikan, dan bantuan alat bantu.",
            "Penyandang disabilitas harus membuktikan kondisinya berulang kali di setiap layanan dan kesulitan memperoleh kursi roda atau alat bantu dengar.",
            "Dinas mendata penyandang disabilitas bersama organisasi difabel, menerbitkan kartu layanan, dan menyepakati layanan prioritas dengan perangkat daerah lain.",
            "Satu kartu diakui lintas layanan dan datanya menjadi dasar perencanaan anggaran yang inklusif.",
            "{number} penyandang disabilitas memiliki kartu layanan dan penyaluran alat bantu naik {percent} persen."),
        new(
            "social", "Pendampingan Lansia Terlantar", "SAYANG LANSIA|LANSIA BAHAGIA|RUMAH LANSIA",
            "Dinas Sosial {region}", Other, false, DemoScope.Any,
            "{acronym} memastikan lansia yang hidup sendiri di {region} mendapat kunjungan rutin, makanan bergizi, dan layanan kesehatan.",
            "Banyak lansia hidup sendiri tanpa keluarga dan baru diketahui kondisinya setelah sakit parah.",
            "Relawan pendamping mengunjungi lansia setiap pekan, mengantar makanan, dan menghubungkan lansia dengan puskesmas serta layanan kependudukan.",
            "Pendampingan dilakukan oleh relawan tetangga yang dibina dinas sosial sehingga berkelanjutan.",
            "{hundreds} lansia terlantar terdampingi secara rutin dan kunjungan ke fasilitas kesehatan naik {percent} persen."),
    ];

    /// <summary>The other mandatory and the optional affairs.</summary>
    private static DemoTheme[] OtherAffairThemes() =>
    [
        // Tenaga Kerja
        new(
            "labour", "Bursa Kerja Daring", "BURSA KERJA|SI-LOKER|KERJA YUK",
            "Dinas Tenaga Kerja {region}", Service, true, DemoScope.Any,
            "{acronym} mempertemukan pencari kerja dan perusahaan di {region} dalam satu portal lowongan dan pendaftaran kartu pencari kerja.",
            "Pencari kerja harus datang ke kantor dinas untuk membuat kartu kuning dan informasi lowongan hanya ditempel di papan pengumuman.",
            "Kartu pencari kerja diterbitkan secara daring, perusahaan wajib mengunggah lowongan, dan dinas menggelar bursa kerja virtual secara berkala.",
            "Kecocokan keterampilan pencari kerja dengan lowongan dihitung otomatis dan dikirimkan sebagai rekomendasi.",
            "{number} pencari kerja terdaftar dan penempatan tenaga kerja naik {percent} persen."),
        new(
            "labour", "Pos Pelayanan Pekerja Migran", "POS MIGRAN|LINDUNGI PMI|SAHABAT MIGRAN",
            "Dinas Tenaga Kerja {region}", Service, false, DemoScope.Any,
            "{acronym} memberi calon pekerja migran dari {region} informasi, pengurusan dokumen, dan perlindungan agar bekerja ke luar negeri melalui jalur resmi.",
            "Banyak warga berangkat bekerja ke luar negeri melalui calo dan jalur tidak resmi sehingga rentan menjadi korban perdagangan orang.",
            "Pos pelayanan di tingkat desa dan kelurahan memberi sosialisasi, memeriksa keabsahan perusahaan penempatan, dan menerima pengaduan keluarga pekerja migran.",
            "Perlindungan dimulai dari desa dan kelurahan sebelum keberangkatan, bukan setelah masalah terjadi di negara tujuan.",
            "Keberangkatan melalui jalur resmi naik {percent} persen dan {number} keluarga pekerja migran terlayani."),
        new(
            "labour", "Pelatihan Kerja Berbasis Kompetensi Keliling", "LATIHAN KELILING|MOBILE TRAINING|SIAP KERJA",
            "Dinas Tenaga Kerja {region}", Service, false, DemoScope.Any,
            "{acronym} membawa pelatihan kerja bersertifikat ke kecamatan, desa, dan kelurahan di {region} dengan unit pelatihan keliling.",
            "Balai latihan kerja hanya ada di ibu kota sehingga pemuda di daerah pinggiran sulit mengikuti pelatihan.",
            "Unit pelatihan keliling menggelar kursus menjahit, otomotif, las, dan pengolahan pangan selama beberapa pekan di balai desa atau balai warga, diakhiri uji kompetensi.",
            "Pelatihan dan sertifikasi kompetensi dibawa ke tempat peserta tinggal.",
            "{hundreds} peserta lulus uji kompetensi dan {percent} persen di antaranya bekerja atau berwirausaha."),

        // Pemberdayaan Perempuan dan Pelindungan Anak
        new(
            "women-children", "Layanan Pengaduan Kekerasan Perempuan dan Anak 24 Jam", "SAPA 24 JAM|PUSPA|LINDUNGI",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak {region}", Service, true, DemoScope.Any,
            "{acronym} adalah layanan pengaduan kekerasan terhadap perempuan dan anak yang dapat dihubungi 24 jam melalui telepon dan WhatsApp di {region}.",
            "Korban kekerasan dalam rumah tangga enggan melapor karena takut dan tidak tahu harus menghubungi siapa di luar jam kantor.",
            "Pengaduan diterima petugas terlatih, korban dijemput bila perlu, lalu didampingi untuk layanan kesehatan, psikologis, dan hukum.",
            "Penjemputan korban dan pendampingan terpadu tersedia setiap saat, termasuk hari libur.",
            "Kasus yang dilaporkan dan tertangani naik {percent} persen dan {hundreds} korban memperoleh pendampingan."),
        new(
            "women-children", "Ruang Bersama Perlindungan Anak", "RUANG BERSAMA|PATBM|SAHABAT ANAK",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak {region}", Other, false, DemoScope.Local,
            "{acronym} menggerakkan warga di tingkat desa dan kelurahan untuk mencegah kekerasan terhadap anak melalui kelompok perlindungan anak berbasis masyarakat.",
            "Kekerasan terhadap anak sering terjadi di lingkungan terdekat dan tidak dilaporkan karena dianggap urusan keluarga.",
            "Dibentuk kelompok warga yang dilatih mengenali tanda kekerasan, menggelar kelas pengasuhan bagi orang tua, dan merujuk kasus ke layanan yang berwenang.",
            "Pencegahan dilakukan oleh warga sendiri, sebelum kasus sampai ke aparat.",
            "Kelompok perlindungan anak terbentuk di {few} desa dan kelurahan serta kasus yang dirujuk lebih dini naik {percent} persen."),
        new(
            "women-children", "Sekolah Perempuan Wirausaha", "SEKOLAH PEREMPUAN|PEREMPUAN BERDAYA|SRIKANDI USAHA",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak {region}", Other, false, DemoScope.Any,
            "{acronym} melatih perempuan kepala keluarga di {region} agar memiliki usaha dan penghasilan sendiri.",
            "Perempuan kepala keluarga banyak yang tidak memiliki penghasilan tetap dan sulit mengakses modal usaha.",
            "Peserta mengikuti kelas kewirausahaan, pencatatan keuangan, dan pemasaran daring, lalu dihubungkan dengan koperasi dan program permodalan.",
            "Pelatihan dipadukan dengan pendampingan usaha hingga peserta memperoleh izin usaha dan akses pasar.",
            "{hundreds} perempuan kepala keluarga memiliki usaha dan pendapatan rata-rata peserta naik {percent} persen."),

        // Pangan
        new(
            "food", "Pekarangan Pangan Lestari", "P2L|PEKARANGAN LESTARI|KEBUN GIZI",
            "Dinas Ketahanan Pangan {region}", Other, false, DemoScope.Any,
            "{acronym} mengajak kelompok wanita tani di {region} memanfaatkan pekarangan untuk menanam sayur, buah, dan memelihara ikan bagi kebutuhan gizi keluarga.",
            "Keluarga di daerah rawan pangan bergantung pada pasar untuk sayur dan lauk sehingga konsumsi pangan bergizi rendah.",
            "Kelompok wanita tani mendapat benih, bibit, dan pendampingan; hasil panen dikonsumsi sendiri dan kelebihannya dijual.",
            "Pekarangan rumah menjadi sumber pangan bergizi sekaligus tambahan pendapatan keluarga.",
            "Skor pola pangan harapan di wilayah sasaran naik dan pengeluaran pangan keluarga turun {percent} persen."),
        new(
            "food", "Pantauan Harga Pangan Harian", "PANTAU HARGA|SI-HARGA|INFO PANGAN",
            "Dinas Ketahanan Pangan {region}", Governance, true, DemoScope.Any,
            "{acronym} menampilkan harga bahan pangan pokok di pasar-pasar {region} setiap hari sebagai dasar pengendalian inflasi.",
            "Kenaikan harga bahan pokok baru diketahui setelah beritanya ramai sehingga operasi pasar terlambat.",
            "Petugas pasar mengunggah harga setiap pagi; sistem memberi peringatan bila harga naik melebihi batas dan hasilnya dibahas tim pengendali inflasi daerah.",
            "Data harga harian dipakai langsung untuk keputusan operasi pasar dan dibuka untuk masyarakat.",
            "Operasi pasar dapat digelar dalam hitungan hari dan lonjakan harga bahan pokok tertahan {percent} persen lebih cepat."),

        // Pertanahan
        new(
            "land", "Sertifikasi Aset Tanah Pemerintah Daerah", "SERTIFIKASI ASET|TANAHKU AMAN|SI-ASET",
            "Dinas Pertanahan {region}", Governance, false, DemoScope.Any,
            "{acronym} mempercepat sertifikasi tanah milik pemerintah {region} bersama kantor pertanahan agar aset daerah tidak hilang atau disengketakan.",
            "Banyak bidang tanah sekolah, puskesmas, dan kantor pemerintah belum bersertifikat sehingga rawan diklaim pihak lain.",
            "Dibentuk tim terpadu yang menginventarisasi bidang tanah, melengkapi alas hak, dan mengajukan sertifikasi secara bertahap setiap tahun.",
            "Target sertifikasi aset ditetapkan per perangkat daerah dan dipantau bersama kantor pertanahan.",
            "{hundreds} bidang tanah pemerintah daerah bersertifikat dan sengketa aset turun {percent} persen."),
        new(
            "land", "Klinik Mediasi Sengketa Tanah", "KLINIK TANAH|MEDIASI AGRARIA|DAMAI TANAH",
            "Dinas Pertanahan {region}", Service, false, DemoScope.Local,
            "{acronym} membantu warga {region} menyelesaikan sengketa batas dan kepemilikan tanah melalui mediasi tanpa harus ke pengadilan.",
            "Sengketa tanah antarwarga berlarut-larut dan mahal jika dibawa ke pengadilan.",
            "Klinik menerima pengaduan, memeriksa dokumen, melakukan pengukuran ulang bersama kantor pertanahan, dan memfasilitasi mediasi hingga kesepakatan tertulis.",
            "Penyelesaian sengketa tanah yang murah dan cepat di tingkat daerah.",
            "{percent} persen sengketa yang dimediasi berakhir dengan kesepakatan damai."),

        // Lingkungan Hidup
        new(
            "environment", "Bank Sampah Berbasis Aplikasi", "BANK SAMPAH DIGITAL|SI-SAMPAH|E-BANK SAMPAH",
            "Dinas Lingkungan Hidup {region}", Service, true, DemoScope.Any,
            "{acronym} mencatat setoran sampah terpilah warga {region} dalam aplikasi yang saldonya dapat ditukar dengan uang, pulsa, atau pembayaran tagihan.",
            "Sampah rumah tangga bercampur dan menumpuk di tempat pemrosesan akhir, sementara pengelola bank sampah masih mencatat tabungan secara manual.",
            "Mulai {year}, nasabah menyetorkan sampah terpilah di bank sampah unit; berat dan nilainya tercatat di aplikasi dan pengepul menjemput sesuai jadwal.",
            "Tabungan sampah tercatat digital dan dapat dipakai untuk membayar iuran atau tagihan.",
            "Sampah yang masuk ke tempat pemrosesan akhir berkurang {percent} persen dan {number} nasabah aktif menabung sampah."),
        new(
            "environment", "Sedekah Sampah untuk Jaminan Kesehatan", "SEDEKAH SAMPAH|SAMPAH JADI BERKAH|BAYAR PAKAI SAMPAH",
            "Dinas Lingkungan Hidup {region}", Other, false, DemoScope.Local,
            "{acronym} memungkinkan warga membayar iuran jaminan kesehatan dengan menyetorkan sampah terpilah.",
            "Banyak warga tidak mampu membayar iuran jaminan kesehatan secara rutin, sementara sampah anorganik mereka dibuang begitu saja.",
            "Sampah anorganik dijual oleh bank sampah dan hasilnya dipakai untuk membayar iuran jaminan kesehatan warga yang menyetor.",
            "Pengelolaan sampah dihubungkan langsung dengan perlindungan kesehatan warga.",
            "{number} warga terbantu membayar iuran jaminan kesehatan dan sampah anorganik terkelola naik {percent} persen."),
        new(
            "environment", "Pemantauan Kualitas Udara dan Air Terbuka", "UDARA BERSIH|PANTAU LINGKUNGAN|SI-KUALITAS",
            "Dinas Lingkungan Hidup {region}", Governance, true, DemoScope.Any,
            "{acronym} menampilkan hasil pemantauan kualitas udara dan air sungai di {region} secara terbuka di situs dan papan informasi.",
            "Masyarakat tidak mengetahui kualitas udara dan air di sekitarnya, sementara pencemaran baru ditangani setelah ada keluhan.",
            "Alat pemantau dipasang di titik padat lalu lintas dan sungai utama; hasilnya tampil otomatis dan memicu inspeksi bila melewati baku mutu.",
            "Data lingkungan dibuka untuk publik dan langsung dipakai untuk pengawasan usaha.",
            "Inspeksi terhadap sumber pencemar meningkat {percent} persen dan publik dapat memantau kualitas lingkungan setiap hari."),
        new(
            "environment", "Kampung Iklim", "KAMPUNG IKLIM|PROKLIM|KAMPUNG HIJAU",
            "Dinas Lingkungan Hidup {region}", Other, false, DemoScope.Any,
            "{acronym} mendampingi kampung di {region} melakukan aksi adaptasi dan mitigasi perubahan iklim seperti biopori, penghijauan, dan panen air hujan.",
            "Kampung padat penduduk rentan banjir dan kekeringan, tetapi warga belum terbiasa melakukan aksi lingkungan bersama.",
            "Fasilitator lingkungan melatih warga, membantu menyusun rencana aksi kampung, dan menghubungkan kampung dengan mitra swasta.",
            "Aksi iklim dirancang dan dijalankan warga dengan ukuran capaian yang jelas.",
            "{number} lubang biopori dan sumur resapan dibuat serta kejadian genangan berkurang {percent} persen."),

        // Administrasi Kependudukan dan Pencatatan Sipil
        new(
            "civil-registration", "Jemput Bola Akta Kelahiran", "JEBOL AKTA|AKTA GESIT|SI-AKTA",
            "Dinas Kependudukan dan Pencatatan Sipil {region}", Service, false, DemoScope.Local,
            "{acronym} menerbitkan akta kelahiran langsung di fasilitas kesehatan tempat bayi lahir sehingga orang tua pulang membawa akta.",
            "Banyak anak di {region} belum memiliki akta kelahiran karena orang tua harus datang sendiri ke kantor dinas yang jauh.",
            "Mulai {year}, bidan dan petugas rumah sakit mengirimkan berkas kelahiran kepada dinas; akta, kartu keluarga baru, dan kartu identitas anak diantar ke ibu sebelum pulang.",
            "Tiga dokumen kependudukan bayi terbit sekaligus tanpa orang tua datang ke kantor dinas.",
            "Kepemilikan akta kelahiran anak naik menjadi lebih dari 95 persen dan pengurusan akta di kantor dinas berkurang {percent} persen."),
        new(
            "civil-registration", "Layanan Adminduk Keliling", "ADMINDUK KELILING|DUKCAPIL KELILING|MOBIL PINTAR",
            "Dinas Kependudukan dan Pencatatan Sipil {region}", Service, false, DemoScope.Local,
            "{acronym} membawa layanan perekaman KTP elektronik, kartu keluarga, dan akta ke desa dan kelurahan di {region} dengan mobil layanan.",
            "Warga di wilayah terpencil, lansia, dan penyandang disabilitas sulit datang ke kantor dinas sehingga banyak yang belum merekam KTP elektronik.",
            "Mobil layanan dijadwalkan ke kecamatan, desa, dan kelurahan setiap pekan; petugas juga mendatangi rumah warga yang sakit atau berkebutuhan khusus.",
            "Perekaman dan pencetakan dokumen dilakukan di lokasi dalam satu kunjungan.",
            "{number} warga merekam KTP elektronik melalui layanan keliling dan cakupan perekaman naik {percent} persen."),
        new(
            "civil-registration", "Cetak Dokumen Kependudukan Mandiri", "ADMINDUK ONLINE|DUKCAPIL DIGITAL|CETAK SENDIRI",
            "Dinas Kependudukan dan Pencatatan Sipil {region}", Service, true, DemoScope.Local,
            "{acronym} memungkinkan warga {region} mengajukan perubahan kartu keluarga dan akta secara daring lalu mencetaknya sendiri di kertas HVS dengan tanda tangan elektronik.",
            "Antrean di kantor dinas panjang dan warga harus datang dua kali, untuk mengajukan dan mengambil dokumen.",
            "Permohonan diajukan melalui aplikasi, diverifikasi petugas, lalu dokumen berkode QR dikirim ke surel pemohon untuk dicetak sendiri.",
            "Dokumen kependudukan sah tanpa blangko khusus dan tanpa datang ke kantor.",
            "Kunjungan ke kantor dinas turun {percent} persen dan {number} dokumen diterbitkan secara daring setiap bulan."),
        new(
            "civil-registration", "Paket Layanan Akta Kematian Terpadu", "AKTA KEMATIAN TERPADU|TIGA IN SATU|PAKET DUKA",
            "Dinas Kependudukan dan Pencatatan Sipil {region}", Service, false, DemoScope.Local,
            "{acronym} menerbitkan akta kematian, kartu keluarga baru, dan KTP dengan status terbaru bagi ahli waris dalam satu permohonan melalui desa atau kelurahan.",
            "Kematian jarang dilaporkan sehingga data penduduk tidak mutakhir dan ahli waris kesulitan mengurus pensiun dan warisan.",
            "Perangkat desa atau kelurahan melaporkan kematian, mengumpulkan berkas, dan menyerahkan paket dokumen kepada keluarga.",
            "Pelaporan kematian dijemput oleh desa dan kelurahan, dan dokumen ahli waris diperbarui sekaligus.",
            "Pelaporan kematian naik {percent} persen dan data penduduk menjadi lebih akurat untuk penyaluran bantuan."),
        new(
            "civil-registration", "Aktivasi Identitas Kependudukan Digital", "IKD GESIT|KTP DIGITAL|AKTIVASI IKD",
            "Dinas Kependudukan dan Pencatatan Sipil {region}", Service, true, DemoScope.Any,
            "{acronym} mempercepat aktivasi identitas kependudukan digital bagi aparatur, pelajar, dan warga {region} melalui gerai di kantor, sekolah, dan pusat perbelanjaan.",
            "Pemanfaatan identitas kependudukan digital masih rendah karena warga belum mengetahui manfaat dan cara aktivasinya.",
            "Petugas membuka gerai aktivasi di tempat keramaian, mendampingi pemasangan aplikasi, dan mengaitkan identitas digital dengan layanan daerah.",
            "Aktivasi dilakukan di tempat warga beraktivitas dan langsung dipakai untuk layanan daerah.",
            "{number} warga telah mengaktifkan identitas kependudukan digital dan pemakaiannya di layanan daerah naik {percent} persen."),

        // Pemberdayaan Masyarakat dan Desa
        new(
            "village-empowerment", "Desa Digital Mandiri", "DESA DIGITAL|SMART VILLAGE|DESAKU ONLINE",
            "Dinas Pemberdayaan Masyarakat dan Desa {region}", Service, true, DemoScope.Rural,
            "{acronym} membantu desa-desa di {region} menyediakan layanan surat-menyurat daring, profil desa, dan informasi anggaran desa.",
            "Warga harus menunggu kepala desa atau sekretaris desa berada di kantor untuk mendapatkan surat keterangan.",
            "Desa memakai aplikasi layanan administrasi dengan tanda tangan elektronik; operator desa dilatih dan warga dapat mengajukan surat melalui ponsel.",
            "Layanan administrasi desa tetap berjalan meskipun perangkat desa sedang bertugas di luar kantor.",
            "Waktu layanan surat di desa turun dari beberapa hari menjadi kurang dari satu jam di {few} desa."),
        new(
            "village-empowerment", "Transparansi APBDes Daring", "APBDES TERBUKA|DESA TERANG|SIKADES",
            "Dinas Pemberdayaan Masyarakat dan Desa {region}", Governance, true, DemoScope.Regency,
            "{acronym} mempublikasikan anggaran dan realisasi belanja desa di {region} melalui papan informasi dan laman daring yang mudah dipahami warga.",
            "Warga tidak mengetahui penggunaan dana desa sehingga muncul kecurigaan dan pengaduan.",
            "Data anggaran dari sistem keuangan desa ditampilkan dalam infografis; setiap kegiatan fisik dilengkapi foto dan lokasi.",
            "Warga dapat membandingkan rencana dan realisasi anggaran desa kapan saja.",
            "Pengaduan terkait dana desa turun {percent} persen dan partisipasi warga dalam musyawarah desa meningkat."),
        new(
            "village-empowerment", "Pendampingan BUMDes Naik Kelas", "BUMDES MAJU|BUMDES NAIK KELAS|GERBANG DESA",
            "Dinas Pemberdayaan Masyarakat dan Desa {region}", Other, false, DemoScope.Rural,
            "{acronym} mendampingi badan usaha milik desa di {region} menyusun rencana bisnis, laporan keuangan, dan kemitraan usaha.",
            "Banyak BUMDes tidak berjalan karena pengelolanya belum memahami pengelolaan usaha dan modal desa mengendap.",
            "Pendamping bisnis memberi pelatihan, klinik konsultasi, dan mempertemukan BUMDes dengan perusahaan mitra dan perbankan.",
            "Penilaian klasifikasi BUMDes dipakai untuk menentukan pendampingan yang tepat bagi tiap BUMDes.",
            "{few} BUMDes naik klasifikasi dan pendapatan asli desa dari BUMDes naik {small} persen."),
        new(
            "village-empowerment", "Musrenbang Kelurahan Daring", "E-MUSRENBANG|USULAN WARGA|SUARA KELURAHAN",
            "Badan Perencanaan Pembangunan Daerah {region}", Governance, true, DemoScope.Local,
            "{acronym} memungkinkan warga {region} mengusulkan dan memantau kegiatan pembangunan di lingkungannya melalui aplikasi musyawarah perencanaan pembangunan.",
            "Usulan warga di musyawarah perencanaan hilang di tengah jalan dan warga tidak tahu apakah usulannya diterima.",
            "Usulan diunggah dengan foto dan lokasi, diberi prioritas dalam musyawarah, dan statusnya dapat dipantau hingga menjadi kegiatan perangkat daerah.",
            "Jejak usulan warga terbuka sejak diusulkan hingga dianggarkan.",
            "{percent} persen usulan prioritas warga terakomodasi dalam rencana kerja perangkat daerah."),

        // Pengendalian Penduduk dan Keluarga Berencana
        new(
            "family-planning", "Layanan KB Keliling", "KB KELILING|SIAGA KB|MOBIL KB",
            "Dinas Pengendalian Penduduk dan Keluarga Berencana {region}", Service, false, DemoScope.Rural,
            "{acronym} mendekatkan layanan kontrasepsi jangka panjang kepada pasangan usia subur di desa-desa terpencil {region}.",
            "Pasangan usia subur di daerah terpencil sulit mengakses layanan kontrasepsi jangka panjang yang hanya tersedia di puskesmas tertentu.",
            "Tim bidan dan penyuluh KB berkeliling dengan mobil layanan, memberi konseling, dan memasang kontrasepsi sesuai jadwal desa.",
            "Konseling dan pemasangan kontrasepsi dilakukan di desa dalam satu kunjungan.",
            "Peserta KB metode kontrasepsi jangka panjang naik {percent} persen."),
        new(
            "family-planning", "Pendampingan Keluarga Berisiko Stunting", "TPK SIGAP|DAMPINGI KELUARGA|KELUARGA SEHAT",
            "Dinas Pengendalian Penduduk dan Keluarga Berencana {region}", Service, true, DemoScope.Any,
            "{acronym} menugaskan tim pendamping keluarga untuk mengunjungi calon pengantin, ibu hamil, dan keluarga dengan baduta yang berisiko stunting.",
            "Keluarga berisiko stunting tidak terpantau sejak sebelum kehamilan sehingga intervensi baru dimulai setelah anak lahir.",
            "Tim pendamping yang terdiri atas bidan, kader PKK, dan kader KB mencatat hasil kunjungan di aplikasi dan merujuk keluarga ke layanan yang dibutuhkan.",
            "Pendampingan dimulai sejak calon pengantin, tiga bulan sebelum menikah.",
            "{number} keluarga berisiko terdampingi dan kehamilan dengan risiko tinggi terdeteksi lebih dini."),

        // Perhubungan
        new(
            "transport", "Uji KIR Daring", "KIR ONLINE|SI-KIR|UJI CEPAT",
            "Dinas Perhubungan {region}", Service, true, DemoScope.Local,
            "{acronym} memungkinkan pemilik kendaraan angkutan di {region} mendaftar uji berkala kendaraan bermotor secara daring dan mendapat jadwal uji.",
            "Pemilik kendaraan antre sejak pagi dan rawan pungutan liar dari calo di tempat pengujian.",
            "Pendaftaran, pembayaran retribusi non-tunai, dan jadwal uji dilakukan daring; hasil uji tercatat dalam kartu uji elektronik.",
            "Seluruh proses tanpa uang tunai dan tanpa tatap muka sebelum pengujian.",
            "Waktu pengujian per kendaraan turun {percent} persen dan praktik calo tidak lagi ditemukan."),
        new(
            "transport", "Bus Sekolah Gratis", "BUS SEKOLAH|ANTAR SEKOLAH|BUS PELAJAR",
            "Dinas Perhubungan {region}", Service, false, DemoScope.Any,
            "{acronym} menyediakan angkutan gratis bagi pelajar di rute-rute yang tidak dilayani angkutan umum.",
            "Pelajar di pinggiran harus berjalan jauh atau menumpang kendaraan yang tidak aman untuk ke sekolah.",
            "Bus sekolah melayani rute tetap pada jam berangkat dan pulang sekolah dengan pengemudi terlatih dan jadwal yang diumumkan.",
            "Rute disusun berdasarkan data domisili siswa dari sistem penerimaan peserta didik.",
            "{hundreds} pelajar terangkut setiap hari dan keterlambatan ke sekolah berkurang {percent} persen."),
        new(
            "transport", "Parkir Elektronik Non-Tunai", "E-PARKIR|PARKIR CERDAS|SI-PARKIR",
            "Dinas Perhubungan {region}", Governance, true, DemoScope.Local,
            "{acronym} menerapkan pembayaran retribusi parkir tepi jalan dengan uang elektronik dan kode QR di {region}.",
            "Setoran retribusi parkir jauh di bawah potensinya karena pembayaran tunai tidak tercatat.",
            "Juru parkir dibekali perangkat pembayaran non-tunai; setiap transaksi tercatat langsung ke kas daerah.",
            "Seluruh transaksi parkir tepi jalan tercatat dan dapat diaudit.",
            "Pendapatan retribusi parkir naik {percent} persen dalam tahun pertama."),
        new(
            "transport", "Informasi Jadwal Kapal Penyeberangan", "INFO KAPAL|JADWAL LAUT|KAPAL KITA",
            "Dinas Perhubungan {region}", Service, true, DemoScope.Any,
            "{acronym} menyajikan jadwal, ketersediaan kursi, dan status keberangkatan kapal penyeberangan antarpulau di {region}.",
            "Penumpang menunggu berjam-jam di pelabuhan karena jadwal kapal sering berubah tanpa pemberitahuan.",
            "Operator kapal memperbarui jadwal dan status keberangkatan melalui aplikasi; penumpang menerima pemberitahuan bila terjadi penundaan karena cuaca.",
            "Informasi cuaca dan keberangkatan digabungkan dalam satu layanan bagi penumpang.",
            "Waktu tunggu penumpang di pelabuhan berkurang {percent} persen."),

        // Komunikasi dan Informatika
        new(
            "communication", "Pengaduan Warga Terintegrasi", "LAPOR KITA|SUARA WARGA|ADUAN CEPAT",
            "Dinas Komunikasi dan Informatika {region}", Service, true, DemoScope.Any,
            "{acronym} menyatukan pengaduan warga {region} dari media sosial, WhatsApp, dan SP4N-LAPOR! dalam satu alur tindak lanjut.",
            "Pengaduan tersebar di berbagai kanal perangkat daerah dan banyak yang tidak dijawab.",
            "Admin pengaduan meneruskan setiap laporan kepada perangkat daerah berwenang dengan batas waktu; kinerja tindak lanjut dipantau pimpinan daerah setiap pekan.",
            "Kinerja tindak lanjut pengaduan menjadi bagian penilaian perangkat daerah.",
            "Pengaduan yang selesai ditindaklanjuti naik {percent} persen dan {number} pengaduan terkelola setiap tahun."),
        new(
            "communication", "Wi-Fi Publik Gratis", "WIFI WARGA|INTERNET DESA|TAMAN DIGITAL",
            "Dinas Komunikasi dan Informatika {region}", Other, true, DemoScope.Any,
            "{acronym} menyediakan akses internet gratis di taman, balai warga, dan ruang publik {region} untuk belajar dan berusaha.",
            "Pelajar dan pelaku usaha kecil kesulitan mengakses internet karena biaya kuota dan sinyal yang lemah.",
            "Titik akses dipasang di ruang publik dengan pembatasan konten negatif dan pemantauan penggunaan.",
            "Ruang publik menjadi pusat belajar dan berusaha secara daring.",
            "{few} titik Wi-Fi publik aktif dengan rata-rata ribuan pengguna per hari."),
        new(
            "communication", "Pusat Komando Layanan Kota", "COMMAND CENTER|SMART CENTER|PUSAT KENDALI",
            "Dinas Komunikasi dan Informatika {region}", Governance, true, DemoScope.Any,
            "{acronym} memantau kondisi lalu lintas, kebencanaan, pengaduan, dan layanan darurat {region} dari satu ruang kendali.",
            "Informasi kejadian darurat dan layanan publik terpencar di banyak perangkat daerah sehingga respons lambat.",
            "Kamera pengawas, data pengaduan, dan panggilan darurat 112 diintegrasikan dalam satu ruang kendali yang beroperasi 24 jam.",
            "Keputusan penanganan kejadian diambil berdasarkan data waktu nyata dari berbagai perangkat daerah.",
            "Waktu respons kejadian darurat turun {percent} persen."),
        new(
            "communication", "Aplikasi Super Layanan Warga", "SUPER APP|SATU APLIKASI|WARGA PINTAR",
            "Dinas Komunikasi dan Informatika {region}", Service, true, DemoScope.Any,
            "{acronym} menyatukan puluhan aplikasi layanan perangkat daerah {region} dalam satu aplikasi dengan satu akun warga.",
            "Warga harus memasang banyak aplikasi berbeda dan mengingat banyak akun untuk mengakses layanan daerah.",
            "Layanan perizinan, kependudukan, kesehatan, dan pengaduan dihubungkan melalui integrasi data dengan satu akun berbasis NIK.",
            "Satu pintu digital untuk seluruh layanan daerah sesuai arsitektur sistem pemerintahan berbasis elektronik.",
            "{number} warga memakai aplikasi dan jumlah aplikasi perangkat daerah berkurang {percent} persen."),

        // Koperasi, Usaha Kecil, dan Menengah
        new(
            "cooperatives-sme", "Pasar Digital UMKM", "PASAR DIGITAL|UMKM GO DIGITAL|BELANJA LOKAL",
            "Dinas Koperasi dan Usaha Mikro {region}", Service, true, DemoScope.Any,
            "{acronym} adalah lokapasar tempat produk UMKM {region} dijual kepada warga dan perangkat daerah untuk belanja pemerintah.",
            "Produk UMKM lokal sulit bersaing di lokapasar nasional dan jarang dibeli dalam pengadaan pemerintah daerah.",
            "Sejak {year}, UMKM didampingi memotret produk, mengurus izin edar, dan mengunggah katalog; perangkat daerah diwajibkan membeli kebutuhan rutin dari katalog lokal.",
            "Belanja pemerintah daerah dialirkan langsung kepada usaha mikro setempat.",
            "{hundreds} UMKM bergabung dan nilai transaksi belanja pemerintah dari UMKM lokal naik {percent} persen."),
        new(
            "cooperatives-sme", "Klinik Konsultasi UMKM", "KLINIK UMKM|RUMAH UMKM|POJOK USAHA",
            "Dinas Koperasi dan Usaha Mikro {region}", Service, false, DemoScope.Any,
            "{acronym} memberi konsultasi gratis bagi pelaku usaha mikro di {region} tentang perizinan, kemasan, keuangan, dan pemasaran.",
            "Pelaku usaha mikro tidak tahu ke mana harus bertanya tentang izin, sertifikasi halal, dan akses permodalan.",
            "Konsultan dari dinas, perguruan tinggi, dan perbankan membuka layanan tatap muka dan daring setiap hari kerja.",
            "Konsultasi lintas bidang di satu tempat dengan pendampingan hingga masalah selesai.",
            "{number} pelaku usaha terlayani dan {percent} persen di antaranya memperoleh izin usaha atau akses permodalan."),
        new(
            "cooperatives-sme", "Pinjaman Modal Tanpa Bunga UMKM", "MODAL TANPA BUNGA|KREDIT MESRA|DANA BERGULIR",
            "Dinas Koperasi dan Usaha Mikro {region}", Service, false, DemoScope.Any,
            "{acronym} menyalurkan pinjaman modal tanpa bunga dan tanpa agunan kepada usaha mikro di {region} melalui bank daerah.",
            "Usaha mikro terjerat rentenir karena tidak memenuhi syarat agunan di bank.",
            "Pemerintah daerah menanggung bunga pinjaman yang disalurkan bank daerah, dengan pendampingan usaha dan penagihan berbasis kelompok.",
            "Pinjaman berbasis kelompok tanggung renteng dengan pendampingan, tanpa agunan.",
            "{hundreds} usaha mikro menerima pinjaman dengan tingkat pengembalian di atas 95 persen."),

        // Penanaman Modal
        new(
            "investment", "Perizinan Online Terpadu", "SI-PEKAT|SIMPEL|SI-CANTIK",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu {region}", Service, true, DemoScope.Any,
            "{acronym} menyatukan pengajuan, pelacakan, dan penerbitan perizinan berusaha dan nonberusaha {region} dalam satu layanan daring dengan tanda tangan elektronik.",
            "Pemohon izin harus datang berkali-kali ke loket, berkas fisik berpindah antarmeja, dan status permohonan tidak dapat dipantau.",
            "Sejak {year}, permohonan diajukan daring, kajian teknis dilakukan serentak oleh perangkat daerah terkait, dan izin dikirim ke surel pemohon dengan tanda tangan elektronik.",
            "Pemohon dapat memantau posisi berkasnya di setiap meja dan tidak lagi bertatap muka dengan petugas.",
            "Waktu penerbitan izin turun dari rata-rata 14 hari menjadi 3 hari dan {number} izin terbit secara daring."),
        new(
            "investment", "Layanan Perizinan Keliling", "IZIN KELILING|MOBIL PERIZINAN|JEMPUT IZIN",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu {region}", Service, false, DemoScope.Any,
            "{acronym} membawa layanan perizinan ke kecamatan, pasar, dan sentra usaha di {region} sehingga pelaku usaha mikro dapat mengurus izin di dekat tempat usahanya.",
            "Pelaku usaha mikro di kecamatan yang jauh enggan mengurus izin karena harus meninggalkan usahanya seharian.",
            "Mulai {year}, mobil perizinan dijadwalkan ke pasar dan sentra usaha; petugas membantu mendaftar Nomor Induk Berusaha di tempat.",
            "Izin usaha mikro selesai di lokasi dalam satu kunjungan.",
            "{number} Nomor Induk Berusaha terbit di lokasi dan usaha mikro berizin naik {percent} persen."),
        new(
            "investment", "Mal Pelayanan Publik", "MPP|MAL PELAYANAN|GEDUNG LAYANAN TERPADU",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu {region}", Service, false, DemoScope.Local,
            "{acronym} menghadirkan layanan daerah, instansi vertikal, BUMN, dan perbankan di satu gedung di {region}.",
            "Warga harus mendatangi banyak kantor yang berjauhan untuk satu urusan, misalnya izin usaha yang memerlukan dokumen kependudukan dan pajak.",
            "Sejak {year}, puluhan instansi membuka gerai di satu gedung dengan jam layanan yang diperpanjang dan antrean terpadu.",
            "Layanan pusat dan daerah disatukan dalam satu lokasi dengan standar pelayanan yang sama.",
            "{number} warga terlayani setiap bulan dan waktu pengurusan layanan yang saling terkait berkurang {percent} persen."),
        new(
            "investment", "Peta Peluang Investasi Daerah", "PELUANG INVESTASI|INVEST IN|PETA PROYEK",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu {region}", Service, true, DemoScope.Any,
            "{acronym} menampilkan proyek siap tawar, ketersediaan lahan, dan insentif investasi di {region} dalam peta daring berbahasa Indonesia dan Inggris.",
            "Calon investor kesulitan memperoleh informasi lahan, infrastruktur, dan insentif sehingga minat investasi tidak berlanjut.",
            "Profil proyek disusun bersama perangkat daerah dan dipromosikan melalui portal, forum bisnis, dan kanal perwakilan luar negeri.",
            "Informasi investasi yang lengkap dan terverifikasi tersedia bagi investor tanpa harus datang ke daerah.",
            "Realisasi investasi naik {percent} persen dan {few} calon investor menghubungi daerah melalui portal."),

        // Kepemudaan dan Olahraga
        new(
            "youth-sports", "Inkubasi Wirausaha Muda", "PEMUDA BERKARYA|WIRAUSAHA MUDA|INKUBATOR MUDA",
            "Dinas Kepemudaan dan Olahraga {region}", Other, false, DemoScope.Any,
            "{acronym} membina pemuda {region} yang memiliki gagasan usaha melalui pelatihan, mentor, dan modal awal.",
            "Pengangguran terbuka usia muda tinggi, sementara pemuda yang ingin berusaha tidak memiliki mentor dan modal.",
            "Peserta terpilih mengikuti kelas bisnis selama tiga bulan, didampingi mentor pengusaha lokal, lalu bersaing mendapatkan hibah modal.",
            "Pemuda dibina bersama pengusaha lokal yang menjadi mentor sukarela.",
            "{few} usaha rintisan pemuda berjalan dan menyerap tenaga kerja baru."),
        new(
            "youth-sports", "Sewa Sarana Olahraga Daring", "SEWA GOR|SI-OLAHRAGA|GELANGGANG ONLINE",
            "Dinas Kepemudaan dan Olahraga {region}", Service, true, DemoScope.Any,
            "{acronym} memungkinkan warga {region} memesan lapangan dan gedung olahraga milik daerah secara daring dengan tarif retribusi yang jelas.",
            "Pemesanan gedung olahraga dilakukan lewat perantara, jadwal tidak transparan, dan retribusi tidak seluruhnya masuk kas daerah.",
            "Jadwal ketersediaan ditampilkan daring, pembayaran melalui bank daerah, dan bukti pesanan berkode QR diperiksa petugas di lokasi.",
            "Jadwal dan tarif sarana olahraga terbuka untuk semua warga.",
            "Pendapatan retribusi sarana olahraga naik {percent} persen dan tingkat pemakaian gedung meningkat."),

        // Statistik
        new(
            "statistics", "Portal Satu Data Daerah", "SATU DATA|OPEN DATA|DATA KITA",
            "Dinas Komunikasi dan Informatika {region}", Governance, true, DemoScope.Any,
            "{acronym} mengumpulkan data sektoral perangkat daerah {region} dalam satu portal dengan standar dan metadata yang sama.",
            "Data antarperangkat daerah berbeda untuk indikator yang sama sehingga perencanaan pembangunan tidak akurat.",
            "Mulai {year}, walidata menyusun daftar data, menetapkan standar, dan mewajibkan perangkat daerah mengunggah data secara berkala ke portal yang terbuka bagi publik.",
            "Data sektoral menjadi data terbuka yang dapat diunduh dan dipakai ulang oleh siapa saja.",
            "{hundreds} set data tersedia dan perbedaan data antarperangkat daerah berkurang {percent} persen."),
        new(
            "statistics", "Desa Cinta Statistik", "DESA CANTIK|DESA DATA|KAMPUNG STATISTIK",
            "Dinas Komunikasi dan Informatika {region}", Governance, false, DemoScope.Regency,
            "{acronym} melatih perangkat desa di {region} mengumpulkan dan memakai data desa untuk perencanaan pembangunan.",
            "Desa menyusun rencana pembangunan tanpa data yang memadai tentang penduduk, kemiskinan, dan potensi desa.",
            "Bersama BPS, dinas melatih agen statistik desa yang melakukan pendataan, menyusun monografi desa, dan menyajikan data dalam musyawarah desa.",
            "Desa memiliki data sendiri yang mutakhir dan dipakai dalam musyawarah perencanaan.",
            "{few} desa memiliki monografi berbasis data dan program desa lebih tepat sasaran."),

        // Persandian
        new(
            "cryptography", "Tanda Tangan Elektronik Tersertifikasi", "TTE|SIGN DAERAH|E-SIGN",
            "Dinas Komunikasi dan Informatika {region}", Governance, true, DemoScope.Any,
            "{acronym} menerapkan tanda tangan elektronik tersertifikasi bagi pejabat {region} untuk surat dinas, izin, dan dokumen layanan publik.",
            "Dokumen layanan tertunda berhari-hari ketika pejabat penandatangan sedang dinas luar.",
            "Sejak {year}, pejabat menerima sertifikat elektronik dari Balai Sertifikasi Elektronik dan dokumen ditandatangani melalui aplikasi naskah dinas dan aplikasi layanan.",
            "Keaslian dokumen dapat diverifikasi siapa saja melalui kode QR tanpa bertanya ke instansi penerbit.",
            "{number} dokumen ditandatangani secara elektronik dan waktu penyelesaian layanan turun {percent} persen."),
        new(
            "cryptography", "Tim Tanggap Insiden Siber Daerah", "CSIRT DAERAH|SIBER SIGAP|TANGGAP SIBER",
            "Dinas Komunikasi dan Informatika {region}", Governance, true, DemoScope.Any,
            "{acronym} menangani serangan siber terhadap situs dan aplikasi layanan {region}, mulai dari deteksi hingga pemulihan.",
            "Situs pemerintah daerah beberapa kali diretas dan layanan daring terhenti tanpa prosedur penanganan yang jelas.",
            "Dibentuk tim tanggap insiden yang memantau keamanan sistem, menerima laporan kerentanan, dan melatih pengelola aplikasi perangkat daerah.",
            "Prosedur penanganan insiden yang terstandar dan terhubung dengan tim tanggap insiden nasional.",
            "Waktu pemulihan layanan setelah insiden turun {percent} persen."),

        // Kebudayaan
        new(
            "culture", "Belajar Bahasa dan Aksara Daerah", "AKSARA KITA|BAHASA IBU|SEKOLAH BUDAYA",
            "Dinas Kebudayaan {region}", Other, false, DemoScope.Any,
            "{acronym} menghidupkan kembali pembelajaran bahasa dan aksara daerah di sekolah dan sanggar di {region}.",
            "Generasi muda semakin jarang memakai bahasa daerah dan tidak mengenal aksaranya.",
            "Seniman dan penutur bahasa daerah mengajar di sekolah secara berkala; papan nama kantor dan jalan memakai aksara daerah.",
            "Pelestarian bahasa dilakukan bersama maestro budaya setempat, bukan hanya melalui buku pelajaran.",
            "{number} pelajar belajar aksara daerah dan lomba bahasa daerah diikuti {percent} persen sekolah."),
        new(
            "culture", "Katalog Digital Cagar Budaya", "CAGAR DIGITAL|JEJAK BUDAYA|SI-BUDAYA",
            "Dinas Kebudayaan {region}", Service, true, DemoScope.Any,
            "{acronym} mendokumentasikan cagar budaya dan warisan budaya takbenda {region} dalam katalog daring berfoto dan berpeta.",
            "Banyak objek cagar budaya belum terdata dan terancam rusak karena tidak diketahui keberadaannya.",
            "Tim ahli cagar budaya bersama komunitas mendata, memotret, dan memetakan objek, lalu mempublikasikannya dalam katalog terbuka.",
            "Komunitas dapat mengusulkan objek baru untuk didata melalui katalog.",
            "{hundreds} objek terdokumentasi dan kunjungan ke situs budaya naik {percent} persen."),

        // Perpustakaan
        new(
            "libraries", "Perpustakaan Keliling", "PUSLING|MOBIL BACA|BACA KELILING",
            "Dinas Perpustakaan dan Kearsipan {region}", Service, false, DemoScope.Any,
            "{acronym} membawa buku ke kampung, sekolah, dan pasar di {region} dengan mobil dan motor perpustakaan keliling.",
            "Minat baca di permukiman yang jauh dari perpustakaan rendah karena akses terhadap buku bacaan sangat terbatas.",
            "Perpustakaan keliling singgah terjadwal dan meminjamkan buku yang dapat dikembalikan pada kunjungan berikutnya.",
            "Layanan perpustakaan menjemput pembaca di tempat keramaian.",
            "{number} peminjaman buku per tahun dan indeks minat baca naik {percent} persen."),
        new(
            "libraries", "Perpustakaan Digital Daerah", "PERPUSTAKAAN DIGITAL|I-BACA|E-PUSTAKA",
            "Dinas Perpustakaan dan Kearsipan {region}", Service, true, DemoScope.Any,
            "{acronym} menyediakan ribuan buku elektronik yang dapat dipinjam gratis oleh warga {region} melalui ponsel.",
            "Koleksi perpustakaan fisik terbatas dan jam layanan tidak sesuai dengan waktu luang pekerja dan pelajar.",
            "Warga mendaftar dengan NIK dan meminjam buku elektronik dengan masa pinjam tertentu; koleksi ditambah setiap tahun.",
            "Perpustakaan buka 24 jam dan dapat diakses dari mana saja.",
            "{number} anggota aktif dan peminjaman naik {percent} persen."),

        // Kearsipan
        new(
            "archives", "Arsip Elektronik Perangkat Daerah", "ARSIP DIGITAL|SRIKANDI DAERAH|E-ARSIP",
            "Dinas Perpustakaan dan Kearsipan {region}", Governance, true, DemoScope.Any,
            "{acronym} menerapkan pengelolaan naskah dinas dan arsip elektronik di seluruh perangkat daerah {region}.",
            "Arsip kertas menumpuk, mudah rusak, dan sulit ditemukan ketika dibutuhkan untuk pemeriksaan atau layanan.",
            "Naskah dinas dibuat, didisposisikan, dan disimpan secara elektronik; arsip lama dialihmediakan secara bertahap.",
            "Pencarian arsip dilakukan dalam hitungan detik dan seluruh perangkat daerah memakai klasifikasi arsip yang sama.",
            "Pemakaian kertas turun {percent} persen dan {number} arsip telah dialihmediakan."),
        new(
            "archives", "Gerakan Tertib Arsip Desa", "ARSIP DESA|TERTIB ARSIP|GEMAR ARSIP",
            "Dinas Perpustakaan dan Kearsipan {region}", Governance, false, DemoScope.Regency,
            "{acronym} membina pemerintah desa di {region} untuk menata arsip desa sesuai kaidah kearsipan.",
            "Arsip desa seperti dokumen tanah dan keuangan desa hilang ketika terjadi pergantian perangkat desa.",
            "Arsiparis dinas mendampingi desa menyusun daftar arsip, menyediakan boks dan rak arsip, serta melatih perangkat desa.",
            "Pembinaan kearsipan menjangkau desa, bukan hanya perangkat daerah.",
            "{few} desa menata arsip sesuai kaidah dan kehilangan dokumen penting desa berkurang nyata."),

        // Kelautan dan Perikanan
        new(
            "marine-fisheries", "Asuransi Nelayan Jemput Bola", "ASURANSI NELAYAN|NELAYAN TERLINDUNGI|JAGA NELAYAN",
            "Dinas Kelautan dan Perikanan {region}", Service, false, DemoScope.Any,
            "{acronym} mendaftarkan nelayan kecil di {region} ke program asuransi dan jaminan sosial dengan mendatangi kampung nelayan.",
            "Nelayan kecil tidak memiliki perlindungan ketika mengalami kecelakaan di laut dan sulit mendaftar karena jauh dari kantor.",
            "Petugas mendatangi kampung nelayan, mendata kartu pelaku usaha kelautan dan perikanan, dan mendaftarkan nelayan ke program asuransi yang preminya dibantu daerah.",
            "Pendaftaran dilakukan di kampung nelayan bersamaan dengan penerbitan kartu nelayan.",
            "{number} nelayan terlindungi asuransi dan klaim kecelakaan dapat dibayarkan kepada ahli waris."),
        new(
            "marine-fisheries", "Informasi Cuaca dan Daerah Tangkapan Ikan", "NELAYAN PINTAR|INFO MELAUT|FISHING MAP",
            "Dinas Kelautan dan Perikanan {region}", Service, true, DemoScope.Any,
            "{acronym} mengirimkan prakiraan cuaca laut dan peta daerah potensi penangkapan ikan kepada nelayan {region} melalui pesan singkat dan radio.",
            "Nelayan melaut tanpa informasi cuaca dan lokasi ikan sehingga boros bahan bakar dan berisiko kecelakaan.",
            "Data cuaca BMKG dan peta potensi ikan diolah setiap hari dan disebarkan melalui grup pesan, radio pantai, dan papan informasi di tempat pelelangan ikan.",
            "Informasi ilmiah disampaikan dalam bahasa sederhana melalui kanal yang dipakai nelayan.",
            "Biaya bahan bakar per trip turun {percent} persen dan kecelakaan laut berkurang."),
        new(
            "marine-fisheries", "Budidaya Ikan dalam Ember", "BUDIKDAMBER|IKAN EMBER|KOLAM RUMAH",
            "Dinas Kelautan dan Perikanan {region}", Other, false, DemoScope.Any,
            "{acronym} mengajak warga {region} memelihara ikan lele dan menanam kangkung dalam satu ember di pekarangan sempit.",
            "Keluarga di permukiman padat tidak memiliki lahan untuk budi daya, sementara konsumsi ikan masih rendah.",
            "Penyuluh perikanan membagikan paket ember, benih, dan pakan serta mendampingi warga hingga panen pertama.",
            "Budi daya ikan dan sayur sekaligus di lahan kurang dari satu meter persegi.",
            "{number} keluarga memanen ikan dan sayur sendiri dan konsumsi ikan warga sasaran naik {small} persen."),

        // Pariwisata
        new(
            "tourism", "Desa Wisata Digital", "DESA WISATA|WISATA DESA|JELAJAH DESA",
            "Dinas Pariwisata {region}", Service, true, DemoScope.Rural,
            "{acronym} mempromosikan dan membuka pemesanan paket wisata desa-desa di {region} secara daring.",
            "Desa wisata sulit dikenal wisatawan dan pengelola belum mampu memasarkan paket wisatanya.",
            "Pengelola desa wisata dilatih membuat konten dan paket wisata; paket dipasarkan melalui portal dan lokapasar perjalanan.",
            "Pemesanan paket wisata langsung kepada kelompok sadar wisata, tanpa perantara.",
            "Kunjungan ke desa wisata naik {percent} persen dan pendapatan kelompok sadar wisata meningkat."),
        new(
            "tourism", "Tiket Wisata Non-Tunai", "E-TIKET WISATA|TIKET CERDAS|WISATA CASHLESS",
            "Dinas Pariwisata {region}", Governance, true, DemoScope.Any,
            "{acronym} menerapkan tiket masuk objek wisata milik daerah secara non-tunai di {region}.",
            "Retribusi objek wisata bocor karena tiket tunai tidak tercatat dengan baik.",
            "Tiket dibeli melalui aplikasi atau mesin di loket dengan uang elektronik; jumlah pengunjung dan pendapatan tercatat otomatis.",
            "Jumlah pengunjung dan pendapatan setiap objek wisata terpantau harian oleh dinas.",
            "Pendapatan retribusi objek wisata naik {percent} persen."),
        new(
            "tourism", "Pemandu Wisata Warga Bersertifikat", "PEMANDU LOKAL|GUIDE DESA|SAHABAT WISATA",
            "Dinas Pariwisata {region}", Other, false, DemoScope.Any,
            "{acronym} melatih dan menyertifikasi pemuda setempat menjadi pemandu wisata di destinasi-destinasi {region}.",
            "Wisatawan kesulitan menemukan pemandu yang memahami sejarah dan budaya setempat, sementara banyak pemuda setempat menganggur.",
            "Pemuda mengikuti pelatihan pemanduan, bahasa asing dasar, dan keselamatan, lalu uji kompetensi.",
            "Pemuda setempat menjadi pemandu resmi destinasi di daerahnya sendiri.",
            "{few} pemandu lokal bersertifikat dan kepuasan wisatawan naik {small} persen."),

        // Pertanian
        new(
            "agriculture", "Klinik Tanaman Keliling", "KLINIK TANI|DOKTER TANAMAN|SIAGA OPT",
            "Dinas Pertanian {region}", Service, false, DemoScope.Any,
            "{acronym} mendatangi kelompok tani di {region} untuk mendiagnosis hama dan penyakit tanaman serta memberi rekomendasi pengendalian.",
            "Petani sering salah memakai pestisida karena tidak mengetahui jenis hama dan penyakit yang menyerang tanamannya.",
            "Petugas pengendali organisme pengganggu tumbuhan membawa alat diagnosis ke sawah dan ladang sesuai jadwal dan panggilan kelompok tani.",
            "Diagnosis dilakukan langsung di lahan petani, disertai rekomendasi pengendalian hayati.",
            "Pemakaian pestisida kimia turun {percent} persen dan serangan hama di wilayah dampingan berkurang."),
        new(
            "agriculture", "Pupuk Bersubsidi Tepat Sasaran", "KARTU TANI|PUPUK TEPAT|SI-PUPUK",
            "Dinas Pertanian {region}", Governance, true, DemoScope.Any,
            "{acronym} memastikan pupuk bersubsidi diterima petani yang terdaftar di {region} melalui penebusan berbasis kartu dan aplikasi.",
            "Pupuk bersubsidi sering langka di tingkat petani karena disalurkan kepada yang tidak berhak.",
            "Rencana kebutuhan kelompok tani didata digital; petani menebus pupuk di kios dengan kartu dan setiap transaksi tercatat.",
            "Penyaluran pupuk dapat dipantau per petani, bukan hanya per kios.",
            "Penyaluran yang tidak sesuai alokasi turun {percent} persen dan keluhan kelangkaan pupuk berkurang."),
        new(
            "agriculture", "Penyuluhan Pertanian Berbasis Video", "PENYULUH ONLINE|TANI CERDAS|SEKOLAH TANI DIGITAL",
            "Dinas Pertanian {region}", Service, true, DemoScope.Any,
            "{acronym} melengkapi penyuluhan tatap muka dengan video praktik budi daya dan konsultasi melalui grup pesan bagi petani {region}.",
            "Satu penyuluh melayani banyak kelompok tani sehingga petani jarang mendapat pendampingan.",
            "Penyuluh membuat video singkat praktik budi daya dalam bahasa daerah dan menjawab pertanyaan petani melalui grup pesan.",
            "Pengetahuan budi daya tersedia kapan saja dalam bahasa yang dipahami petani.",
            "{number} petani mengikuti grup penyuluhan dan produktivitas padi di wilayah dampingan naik {small} persen."),
        new(
            "agriculture", "Pos Kesehatan Hewan Keliling", "PUSKESWAN KELILING|SIAGA TERNAK|DOKTER HEWAN DESA",
            "Dinas Peternakan dan Kesehatan Hewan {region}", Service, false, DemoScope.Regency,
            "{acronym} memberikan vaksinasi, pengobatan, dan inseminasi buatan bagi ternak warga {region} langsung di desa.",
            "Peternak kecil kehilangan ternak karena penyakit yang sebenarnya dapat dicegah dengan vaksinasi.",
            "Dokter hewan dan paramedik veteriner berkeliling dengan kendaraan kesehatan hewan sesuai jadwal dan panggilan darurat peternak.",
            "Layanan kesehatan hewan datang ke kandang peternak.",
            "{number} ekor ternak tervaksinasi dan kematian ternak akibat penyakit turun {percent} persen."),

        // Kehutanan
        new(
            "forestry", "Pendampingan Perhutanan Sosial", "HUTAN LESTARI|PERHUTSOS|HUTAN RAKYAT",
            "Dinas Kehutanan {region}", Other, false, DemoScope.Rural,
            "{acronym} mendampingi kelompok masyarakat sekitar hutan di {region} memperoleh persetujuan perhutanan sosial dan mengembangkan usaha hasil hutan bukan kayu.",
            "Masyarakat sekitar hutan hidup miskin dan berkonflik dengan pengelola kawasan karena tidak memiliki akses legal.",
            "Penyuluh kehutanan membantu kelompok menyusun usulan, rencana kelola, dan usaha madu, kopi, atau rotan.",
            "Akses legal kelola hutan dipadukan dengan pendampingan usaha hingga pemasaran.",
            "{number} hektare kawasan dikelola kelompok masyarakat dan pendapatan anggota naik {percent} persen."),
        new(
            "forestry", "Patroli Pencegahan Kebakaran Hutan Terpadu", "PATROLI API|SIAGA KARHUTLA|CEGAH API",
            "Dinas Kehutanan {region}", Governance, true, DemoScope.Rural,
            "{acronym} memadukan titik panas dari satelit dengan patroli masyarakat peduli api di {region} untuk mencegah kebakaran hutan dan lahan.",
            "Kebakaran hutan dan lahan terlambat dipadamkan karena titik panas tidak segera diperiksa di lapangan.",
            "Titik panas dikirim otomatis ke aplikasi regu patroli terdekat yang wajib memeriksa dan melaporkan kondisi dengan foto dalam hitungan jam.",
            "Pemeriksaan titik panas dipantau secara waktu nyata oleh semua pihak.",
            "Luas areal terbakar turun {percent} persen dibanding rata-rata tiga tahun sebelumnya."),

        // Energi dan Sumber Daya Mineral
        new(
            "energy-mineral", "Listrik Tenaga Surya untuk Dusun Terpencil", "TERANG DUSUN|SURYA DESA|LISTRIK MANDIRI",
            "Dinas Energi dan Sumber Daya Mineral {region}", Service, false, DemoScope.Rural,
            "{acronym} memasang pembangkit listrik tenaga surya komunal dan panel rumah di dusun {region} yang belum terjangkau jaringan listrik.",
            "Ratusan keluarga di dusun terpencil belum menikmati listrik sehingga anak belajar dengan pelita.",
            "Pemerintah membangun pembangkit surya; warga membentuk kelompok pengelola yang memungut iuran pemeliharaan.",
            "Pengelolaan pembangkit diserahkan kepada warga dengan pelatihan teknisi desa.",
            "{hundreds} rumah tangga menikmati listrik dan pengeluaran untuk minyak tanah berkurang {percent} persen."),
        new(
            "energy-mineral", "Layanan Perizinan Air Tanah Daring", "IZIN AIR TANAH|SI-ABT|AIR TANAH ONLINE",
            "Dinas Energi dan Sumber Daya Mineral {region}", Service, true, DemoScope.Any,
            "{acronym} mempermudah pelaku usaha di {region} mengurus persetujuan pengusahaan air tanah secara daring sekaligus memantau pemakaiannya.",
            "Banyak sumur bor usaha tidak berizin sehingga pengambilan air tanah tidak terkendali.",
            "Permohonan dan kajian teknis diajukan daring; pemegang izin melaporkan meteran air setiap bulan melalui aplikasi.",
            "Perizinan dan pengawasan pemakaian air tanah dalam satu sistem.",
            "Sumur bor berizin naik {percent} persen dan pengambilan air tanah terpantau."),

        // Perdagangan
        new(
            "trade", "Tera Ulang Keliling", "TERA KELILING|METROLOGI KELILING|TIMBANGAN JUJUR",
            "Dinas Perdagangan {region}", Service, false, DemoScope.Local,
            "{acronym} melakukan tera ulang timbangan dan alat ukur pedagang langsung di pasar-pasar {region}.",
            "Pedagang pasar enggan membawa timbangan ke kantor metrologi sehingga banyak timbangan tidak akurat dan merugikan konsumen.",
            "Petugas metrologi legal membuka layanan tera ulang di pasar sesuai jadwal dan membebaskan retribusi bagi pedagang kecil.",
            "Tera ulang dilakukan di tempat pedagang berjualan.",
            "{number} alat ukur ditera ulang dan pengaduan konsumen soal takaran turun {percent} persen."),
        new(
            "trade", "Retribusi Pasar Non-Tunai", "PASAR CASHLESS|E-RETRIBUSI|PASAR PINTAR",
            "Dinas Perdagangan {region}", Governance, true, DemoScope.Local,
            "{acronym} mengganti karcis retribusi pasar dengan pembayaran non-tunai melalui kode QR di {region}.",
            "Setoran retribusi pasar tidak sebanding dengan jumlah pedagang karena karcis tunai mudah disalahgunakan.",
            "Setiap kios dan los diberi kode QR; pedagang membayar melalui aplikasi bank atau agen, dan setoran masuk langsung ke kas daerah.",
            "Pembayaran retribusi dapat dipantau per kios dan per hari.",
            "Pendapatan retribusi pasar naik {percent} persen."),
        new(
            "trade", "Operasi Pasar Murah Terjadwal", "PASAR MURAH|GERAI MURAH|HARGA STABIL",
            "Dinas Perdagangan {region}", Service, false, DemoScope.Any,
            "{acronym} menjual bahan pokok dengan harga terjangkau di kecamatan-kecamatan {region} menjelang hari besar keagamaan dan saat harga bergejolak.",
            "Harga bahan pokok melonjak menjelang hari raya dan membebani keluarga berpenghasilan rendah.",
            "Dinas bekerja sama dengan Bulog, distributor, dan BUMD pangan menggelar pasar murah terjadwal dengan kupon bagi keluarga sasaran.",
            "Jadwal pasar murah diumumkan jauh hari dan lokasinya ditentukan dari data harga tertinggi.",
            "{number} keluarga membeli bahan pokok dengan harga terjangkau dan kenaikan harga tertahan."),

        // Perindustrian
        new(
            "industry", "Rumah Kemasan Industri Kecil", "RUMAH KEMASAN|KEMASAN JUARA|KLINIK KEMASAN",
            "Dinas Perindustrian {region}", Service, false, DemoScope.Any,
            "{acronym} membantu industri kecil di {region} mendesain dan mencetak kemasan produk yang menarik dan memenuhi ketentuan label.",
            "Produk industri kecil kalah bersaing di toko modern karena kemasannya sederhana dan labelnya tidak lengkap.",
            "Desainer rumah kemasan membuat desain gratis, mencetak kemasan dalam jumlah kecil dengan harga terjangkau, dan mendampingi pengurusan label.",
            "Pelaku industri kecil dapat mencetak kemasan dalam jumlah kecil sesuai kemampuan modal.",
            "{hundreds} produk industri kecil berganti kemasan dan penjualan naik rata-rata {percent} persen."),
        new(
            "industry", "Fasilitasi Sertifikasi Halal Gratis", "HALAL GRATIS|SEHATI|HALAL JUARA",
            "Dinas Perindustrian {region}", Service, false, DemoScope.Any,
            "{acronym} memfasilitasi pelaku industri kecil dan menengah di {region} memperoleh sertifikat halal tanpa biaya.",
            "Biaya dan prosedur sertifikasi halal dianggap berat oleh pelaku industri kecil sehingga produknya sulit masuk pasar modern.",
            "Pendamping proses produk halal membantu pelaku usaha menyiapkan dokumen dan mengajukan pernyataan mandiri halal.",
            "Pendampingan hingga sertifikat terbit, dengan biaya ditanggung pemerintah daerah.",
            "{hundreds} produk memperoleh sertifikat halal."),

        // Transmigrasi
        new(
            "transmigration", "Sistem Informasi Kawasan Transmigrasi", "SI-TRANS|KAWASAN TRANS|PETA TRANS",
            "Dinas Tenaga Kerja dan Transmigrasi {region}", Governance, true, DemoScope.Rural,
            "{acronym} memetakan kawasan transmigrasi di {region}, status lahan warga transmigran, dan kebutuhan sarana prasarananya.",
            "Data lahan dan sarana di kawasan transmigrasi tidak mutakhir sehingga sengketa lahan dan ketimpangan pembangunan berlarut-larut.",
            "Petugas memetakan bidang lahan dan sarana dengan perangkat GPS dan memadankan data warga transmigran dengan data kependudukan.",
            "Data kawasan transmigrasi tersaji dalam peta yang dipakai bersama oleh daerah dan kementerian.",
            "Sertifikasi lahan warga transmigran naik {percent} persen."),
        new(
            "transmigration", "Pendampingan Usaha Warga Transmigran", "TRANS SEJAHTERA|USAHA TRANS|KAWASAN MANDIRI",
            "Dinas Tenaga Kerja dan Transmigrasi {region}", Other, false, DemoScope.Rural,
            "{acronym} mendampingi warga transmigran di {region} mengembangkan usaha tani dan pengolahan hasil agar kawasan menjadi mandiri.",
            "Warga transmigran bergantung pada satu komoditas dan sulit memasarkan hasil panennya.",
            "Pendamping usaha membentuk koperasi, melatih pengolahan hasil, dan menghubungkan koperasi dengan pembeli.",
            "Kawasan transmigrasi diperlakukan sebagai kawasan usaha dengan koperasi sebagai penggeraknya.",
            "Pendapatan rata-rata keluarga transmigran naik {small} persen."),
    ];
}
