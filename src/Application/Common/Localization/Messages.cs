namespace Jipp.Application.Common.Localization;

/// <summary>
/// The validation messages of the use cases, in English and Indonesian side by side. Field names
/// stay as the JSON names them (they are the contract); FluentValidation fills in
/// <c>{PropertyName}</c> and <c>{PropertyValue}</c>.
/// </summary>
public static class Messages
{
    // Shared rules
    public static readonly Phrase PageSize = new("pageSize must be between 1 and {0}.", "pageSize harus bernilai antara 1 dan {0}.");
    public static readonly Phrase CursorInvalid = new("cursor is not valid; pass the nextCursor of the previous page unchanged.", "cursor tidak valid; kirimkan nextCursor dari halaman sebelumnya tanpa diubah.");
    public static readonly Phrase CursorOfAnotherList = new("cursor belongs to another list; page with the same q and filters as the page that gave it.", "cursor berasal dari daftar lain; gunakan q dan filter yang sama dengan halaman yang memberikannya.");
    public static readonly Phrase ProvinceCodeFormat = new("'{PropertyName}' must be a two-digit Kemendagri province code such as \"35\".", "'{PropertyName}' harus berupa kode provinsi Kemendagri dua digit, misalnya \"35\".");
    public static readonly Phrase RegencyCodeFormat = new("'{PropertyName}' must be a Kemendagri regency or city code such as \"35.78\".", "'{PropertyName}' harus berupa kode kabupaten/kota Kemendagri, misalnya \"35.78\".");
    public static readonly Phrase Required = new("'{PropertyName}' is required.", "'{PropertyName}' wajib diisi.");
    public static readonly Phrase NotBlank = new("'{PropertyName}' must not be blank.", "'{PropertyName}' tidak boleh hanya berisi spasi.");
    public static readonly Phrase NoControlCharacters = new("'{PropertyName}' must not contain control characters.", "'{PropertyName}' tidak boleh berisi karakter kendali.");
    public static readonly Phrase MaxLength = new("'{PropertyName}' must be at most {0} characters.", "'{PropertyName}' paling banyak {0} karakter.");
    public static readonly Phrase FieldMaxLength = new("{0} must be at most {1} characters.", "{0} paling banyak {1} karakter.");
    public static readonly Phrase YearBetween = new("{0} must be between 2000 and 2100.", "{0} harus bernilai antara 2000 dan 2100.");
    public static readonly Phrase YearOfCohort = new("{0} must be a year between 2000 and 2100.", "{0} harus berupa tahun antara 2000 dan 2100.");
    public static readonly Phrase DateBetween = new("{0} must be a date between 2000 and 2100.", "{0} harus berupa tanggal antara tahun 2000 dan 2100.");
    public static readonly Phrase PastDate = new("{0} must be a date from 2000 and not in the future.", "{0} harus berupa tanggal sejak tahun 2000 dan tidak boleh di masa depan.");
    public static readonly Phrase ScorecardYear = new("year must be from {0} to the current year (WIB).", "year harus bernilai antara {0} dan tahun berjalan (WIB).");

    // References to other resources
    public static readonly Phrase UnknownAgency = new("agencyId '{PropertyValue}' is not a known agency.", "agencyId '{PropertyValue}' bukan instansi yang terdaftar.");
    public static readonly Phrase UnknownPartnerAgency = new("agencyId '{PropertyValue}' is not a known agency; register it first, or give name and type instead.", "agencyId '{PropertyValue}' bukan instansi yang terdaftar; daftarkan terlebih dahulu, atau isi name dan type sebagai gantinya.");
    public static readonly Phrase UnknownRequester = new("requesterAgencyId '{PropertyValue}' is not a known agency.", "requesterAgencyId '{PropertyValue}' bukan instansi yang terdaftar.");
    public static readonly Phrase UnknownProvince = new("provinceCode '{PropertyValue}' is not a known province.", "provinceCode '{PropertyValue}' bukan kode provinsi yang dikenal.");
    public static readonly Phrase UnknownRegency = new("regencyCode '{PropertyValue}' is not a known regency or city.", "regencyCode '{PropertyValue}' bukan kode kabupaten/kota yang dikenal.");
    public static readonly Phrase UnknownSector = new("sector '{PropertyValue}' is not a known sector code; see GET /api/v1/sectors.", "sector '{PropertyValue}' bukan kode sektor yang dikenal; lihat GET /api/v1/sectors.");
    public static readonly Phrase UnknownSectorCode = new("'{PropertyValue}' is not a known sector code; see GET /api/v1/sectors.", "'{PropertyValue}' bukan kode sektor yang dikenal; lihat GET /api/v1/sectors.");
    public static readonly Phrase UnknownInnovation = new("innovationId '{PropertyValue}' is not a known innovation.", "innovationId '{PropertyValue}' bukan inovasi yang terdaftar.");
    public static readonly Phrase UnknownHub = new("hubId '{PropertyValue}' is not a known hub.", "hubId '{PropertyValue}' bukan Hub JIPP yang terdaftar.");

    // Enumerations in queries and bodies
    public static readonly Phrase UnknownAgencyType = new("type is not a known agency type.", "type bukan jenis instansi yang dikenal.");
    public static readonly Phrase UnknownActivityType = new("type is not a known activity type.", "type bukan jenis kegiatan yang dikenal.");
    public static readonly Phrase UnknownHubStatus = new("status is not a known hub status.", "status bukan status hub yang dikenal.");
    public static readonly Phrase UnknownState = new("state is not a known state.", "state bukan status yang dikenal.");
    public static readonly Phrase UnknownCandidacyState = new("state is not a known candidacy state.", "state bukan status pencalonan yang dikenal.");
    public static readonly Phrase UnknownReplicationState = new("state is not a known replication state.", "state bukan status replikasi yang dikenal.");
    public static readonly Phrase UnknownScorecardSort = new("sort must be one of publishedInnovations, replicationsCompleted, activities, agenciesReached, coverage, province.", "sort harus salah satu dari publishedInnovations, replicationsCompleted, activities, agenciesReached, coverage, province.");
    public static readonly Phrase UnknownRole = new("role is not a known role.", "role bukan peran yang dikenal.");
    public static readonly Phrase UnknownMaturityStage = new("maturityStage is not a known stage.", "maturityStage bukan tahapan yang dikenal.");

    // Events
    public static readonly Phrase EventsAfter = new("after must be 0 or a sequence you received.", "after harus 0 atau nomor urut (sequence) yang pernah Anda terima.");
    public static readonly Phrase EventsLimit = new("limit must be between 1 and {0}.", "limit harus bernilai antara 1 dan {0}.");

    // Webhooks
    public static readonly Phrase WebhookUrl = new("url must be an absolute https URL with a host, without user information or a fragment; an address in it must be public (not loopback, private, link-local, multicast or a metadata address).", "url harus berupa URL https absolut dengan nama host, tanpa informasi pengguna atau fragmen; alamat IP di dalamnya harus publik (bukan loopback, privat, link-local, multicast, atau alamat metadata).");
    public static readonly Phrase EventTypesNotPublic = new("eventTypes: an agency or hub client receives only the public event types ({1}); not {0}.", "eventTypes: klien instansi atau hub hanya menerima jenis peristiwa publik ({1}); bukan {0}.");
    public static readonly Phrase UnknownEventType = new("'{PropertyValue}' is not an event type of the catalogue; see the event types of GET /api/v1/events.", "'{PropertyValue}' bukan jenis peristiwa dalam katalog; lihat jenis peristiwa pada GET /api/v1/events.");
    public static readonly Phrase TooManyEventTypes = new("eventTypes may name at most {0} types.", "eventTypes paling banyak memuat {0} jenis.");
    public static readonly Phrase NothingToChange = new("Give at least one of url, eventTypes and paused.", "Isi paling sedikit salah satu dari url, eventTypes, dan paused.");
    public static readonly Phrase UnknownDeliveryState = new("state is not a known delivery state.", "state bukan status pengiriman yang dikenal.");

    // Agencies and API clients
    public static readonly Phrase RegionOwnedEnterpriseProvince = new("A region-owned enterprise (BUMD) needs the provinceCode of its region.", "Badan usaha milik daerah (BUMD) memerlukan provinceCode daerahnya.");
    public static readonly Phrase RegencyWithinProvince = new("regencyCode must lie within provinceCode.", "regencyCode harus berada di dalam provinceCode.");
    public static readonly Phrase AgencyClientNeedsAgency = new("An agency client needs agencyId.", "Klien berperan agency memerlukan agencyId.");
    public static readonly Phrase OnlyAgencyClientHasAgency = new("Only an agency client has an agencyId.", "Hanya klien berperan agency yang memiliki agencyId.");
    public static readonly Phrase HubClientNeedsHub = new("A hub client needs hubId.", "Klien berperan hub memerlukan hubId.");
    public static readonly Phrase OnlyHubClientHasHub = new("Only a hub client has a hubId.", "Hanya klien berperan hub yang memiliki hubId.");

    // Innovations
    public static readonly Phrase SectorRequired = new("'sector' is required.", "'sector' wajib diisi.");
    public static readonly Phrase StartedInFuture = new("startedOn cannot be in the future.", "startedOn tidak boleh di masa depan.");
    public static readonly Phrase StartedTooEarly = new("startedOn must be a real date of a public service.", "startedOn harus berupa tanggal yang wajar bagi sebuah pelayanan publik.");
    public static readonly Phrase ImplementedRequired = new("implementedOn is required at the implementation stage.", "implementedOn wajib diisi pada tahapan penerapan (implementation).");
    public static readonly Phrase ImplementedBeforeStarted = new("implementedOn cannot be before startedOn.", "implementedOn tidak boleh sebelum startedOn.");
    public static readonly Phrase ImplementedInFuture = new("implementedOn cannot be in the future.", "implementedOn tidak boleh di masa depan.");
    public static readonly Phrase EvidenceLinksMax = new("evidenceLinks holds at most {0} links.", "evidenceLinks berisi paling banyak {0} tautan.");
    public static readonly Phrase EvidenceLink = new("Each evidence link must be an absolute https URL of at most {0} characters.", "Setiap tautan bukti harus berupa URL https absolut dengan panjang paling banyak {0} karakter.");
    public static readonly Phrase OwnerRequired = new("agencyId is required: name the agency that owns the innovation.", "agencyId wajib diisi: sebutkan instansi pemilik inovasi.");
    public static readonly Phrase OwnerUnchangeable = new("agencyId cannot be changed: an innovation keeps its owner.", "agencyId tidak dapat diubah: inovasi tetap milik instansi pemiliknya.");
    public static readonly Phrase ReturnNeedsNotes = new("notes are required to return an innovation: tell the agency what to revise.", "notes wajib diisi untuk mengembalikan inovasi: sampaikan kepada instansi apa yang perlu diperbaiki.");
    public static readonly Phrase StartedToBeforeFrom = new("startedTo cannot be before startedFrom.", "startedTo tidak boleh sebelum startedFrom.");

    // Replications
    public static readonly Phrase TopicsRequired = new("topics needs at least one topic.", "topics harus berisi paling sedikit satu topik.");
    public static readonly Phrase TopicsMax = new("topics holds at most {0} topics.", "topics berisi paling banyak {0} topik.");
    public static readonly Phrase RequesterRequired = new("requesterAgencyId is required: name the agency that adopts the innovation.", "requesterAgencyId wajib diisi: sebutkan instansi yang mereplikasi inovasi.");

    // Hubs
    public static readonly Phrase HeldOnEarliest = new("heldOn must be on or after {0}.", "heldOn harus pada atau setelah {0}.");
    public static readonly Phrase HeldOnLatest = new("heldOn must be at most one year from today.", "heldOn paling lambat satu tahun dari hari ini.");
    public static readonly Phrase ActivityAgenciesMax = new("agencyIds holds at most {0} agencies.", "agencyIds berisi paling banyak {0} instansi.");
    public static readonly Phrase ActivityInnovationsMax = new("innovationIds holds at most {0} innovations.", "innovationIds berisi paling banyak {0} inovasi.");
    public static readonly Phrase ActivityAgenciesUnknown = new("agencyIds names agencies that are not registered: {0}.", "agencyIds menyebut instansi yang tidak terdaftar: {0}.");
    public static readonly Phrase ActivityInnovationsUnpublished = new("innovationIds names innovations that are not published: {0}.", "innovationIds menyebut inovasi yang belum terbit: {0}.");
    public static readonly Phrase PartnerNotBoth = new("Give either agencyId, or name and type, not both: a registered agency's name and type come from the registry.", "Isi agencyId, atau name dan type, tetapi tidak keduanya: nama dan jenis instansi yang terdaftar diambil dari registri.");
    public static readonly Phrase PartnerNameRequired = new("name is required without agencyId: give agencyId of a registered agency, or the partner's name and type.", "name wajib diisi jika tanpa agencyId: isi agencyId instansi yang terdaftar, atau name dan type mitra.");
    public static readonly Phrase PartnerTypeRequired = new("type is required without agencyId: say what kind of body the partner is, such as university or other.", "type wajib diisi jika tanpa agencyId: sebutkan jenis lembaga mitra, misalnya university atau other.");

    // Candidacies
    public static readonly Phrase LeadingSectorsMax = new("leadingSectors holds at most {0} sector codes.", "leadingSectors berisi paling banyak {0} kode sektor.");
    public static readonly Phrase LeadingSectorTwice = new("leadingSectors names a sector twice.", "leadingSectors menyebut satu sektor dua kali.");
    public static readonly Phrase PartnersMax = new("partners holds at most {0} partners.", "partners berisi paling banyak {0} mitra.");
    public static readonly Phrase PartnersAgencyTwice = new("partners names an agency twice.", "partners menyebut satu instansi dua kali.");
    public static readonly Phrase PartnersPartnerTwice = new("partners names a partner twice.", "partners menyebut satu mitra dua kali.");
    public static readonly Phrase ReadinessPartnerNotBoth = new("Give either agencyId or name and type, not both.", "Isi agencyId, atau name dan type, tetapi tidak keduanya.");
    public static readonly Phrase ReadinessPartnerNeedsIdentity = new("A partner needs agencyId, or name and type.", "Mitra memerlukan agencyId, atau name dan type.");
    public static readonly Phrase ReadinessPartnerNeedsType = new("A partner named without agencyId needs its type.", "Mitra yang disebut tanpa agencyId memerlukan type.");
}
