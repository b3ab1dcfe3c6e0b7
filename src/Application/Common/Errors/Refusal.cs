using System.Reflection;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Common;

namespace Jipp.Application.Common.Errors;

/// <summary>
/// One problem the API can answer, defined once: the <see cref="Code"/> the contract promises, its
/// HTTP <see cref="Status"/>, and its <see cref="Title"/> and default <see cref="Detail"/> in English
/// and Indonesian. The exception handler, the middleware, the endpoints' metadata and the OpenAPI
/// document all read this catalog; the domain throws only the code (and its arguments).
/// </summary>
/// <param name="Code">The machine-readable <c>code</c> of the problem.</param>
/// <param name="Status">The HTTP status it is answered with.</param>
/// <param name="Title">The problem's <c>title</c>: the kind of problem.</param>
/// <param name="Detail">The problem's <c>detail</c>; numbered placeholders take the refusal's arguments.</param>
public sealed record Refusal(string Code, int Status, Phrase Title, Phrase Detail)
{
    /// <summary>The title every domain rule and the state machines share.</summary>
    public static readonly Phrase RuleRefused = new("A business rule refused the request.", "Permintaan ditolak oleh aturan bisnis.");

    /// <summary>What the code means, in English, for the OpenAPI document; the detail with "…" for its arguments when not given.</summary>
    public string Explanation { get; init; } = Detail.FormatEnglish("…");

    // 400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 428, 429, 500, 503: the problems of every route.
    public static readonly Refusal Validation = new("validation", 400, new("The request is not valid.", "Permintaan tidak valid."), new("One or more fields are not valid; see errors.", "Satu atau lebih isian tidak valid; lihat errors."));
    public static readonly Refusal Unauthenticated = new("unauthenticated", 401, new("Unauthenticated.", "Belum terautentikasi."), new("This operation needs an API key in the X-Api-Key header.", "Operasi ini memerlukan kunci API pada header X-Api-Key."));
    public static readonly Refusal Forbidden = new("forbidden", 403, new("Forbidden.", "Akses ditolak."), new("Your API client may not perform this action.", "Klien API Anda tidak berwenang melakukan tindakan ini."));
    public static readonly Refusal NotFound = new("not_found", 404, new("Not found.", "Sumber daya tidak ditemukan."), new("The resource was not found.", "Sumber daya tidak ditemukan."));
    public static readonly Refusal MethodNotAllowed = new("method_not_allowed", 405, new("Method not allowed.", "Metode tidak diizinkan."), new("This path does not take this HTTP method; see /swagger for the operations it has.", "Path ini tidak menerima metode HTTP tersebut; lihat /swagger untuk operasi yang tersedia."));
    public static readonly Refusal NotAcceptable = new("not_acceptable", 406, new("Not acceptable.", "Format tidak dapat disediakan."), new("This resource is available as {0}; ask for one of them in Accept.", "Sumber daya ini tersedia dalam format {0}; mintalah salah satunya pada header Accept."))
    {
        Explanation = "the `Accept` header names none of the media types the operation answers with, which `detail` lists.",
    };

    public static readonly Refusal Conflict = new("conflict", 409, new("Conflict.", "Terjadi konflik."), new("A resource with the same unique values already exists.", "Sumber daya dengan nilai unik yang sama sudah ada."));

    public static readonly Refusal ConcurrentUpdate = new("concurrent_update", 409, new("Changed concurrently.", "Diubah secara bersamaan."), new("Another request changed this resource at the same moment; read it again and retry (send If-Match with its ETag to be sure).", "Permintaan lain mengubah sumber daya ini pada saat yang sama; baca ulang lalu coba lagi (kirimkan If-Match dengan ETag-nya agar pasti)."))
    {
        Explanation = "another request changed the resource at the same moment; read it again and retry.",
    };

    public static readonly Refusal IdempotencyInProgress = new("idempotency_in_progress", 409, new("Request in progress.", "Permintaan sedang diproses."), new("A request with this Idempotency-Key is still running (or its change was made but its response could not be kept); retry in a moment, or read the resource.", "Permintaan dengan Idempotency-Key ini masih berjalan (atau perubahannya sudah dilakukan tetapi tanggapannya tidak dapat disimpan); coba lagi sebentar lagi, atau baca sumber dayanya."))
    {
        Explanation = "a request with this `Idempotency-Key` is still running; retry in a moment.",
    };

    public static readonly Refusal PreconditionFailed = new("precondition_failed", 412, new("Precondition failed.", "Prasyarat tidak terpenuhi."), new("The resource has changed since the ETag given in If-Match; read it again and retry with its current ETag.", "Sumber daya telah berubah sejak ETag yang diberikan dalam If-Match; baca ulang lalu coba lagi dengan ETag terbarunya."));
    public static readonly Refusal PayloadTooLarge = new("payload_too_large", 413, new("Payload too large.", "Isi permintaan terlalu besar."), new("The request body is larger than the service accepts (1 MiB).", "Isi permintaan lebih besar daripada yang diterima layanan (1 MiB)."));
    public static readonly Refusal UnsupportedMediaType = new("unsupported_media_type", 415, new("Unsupported media type.", "Jenis media tidak didukung."), new("Send the request body as application/json.", "Kirimkan isi permintaan sebagai application/json."));
    public static readonly Refusal IdempotencyKeyReused = new("idempotency_key_reused", 422, new("Idempotency key reused.", "Idempotency-Key dipakai ulang."), new("This Idempotency-Key was used with a different request; use a new key for a new request.", "Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda; gunakan kunci baru untuk permintaan baru."));
    public static readonly Refusal PreconditionRequired = new("precondition_required", 428, new("Precondition required.", "Prasyarat diperlukan."), new("Send the resource's current ETag in If-Match to change it.", "Kirimkan ETag terbaru sumber daya dalam If-Match untuk mengubahnya."));
    public static readonly Refusal RateLimited = new("rate_limited", 429, new("Too many requests.", "Terlalu banyak permintaan."), new("This caller has used up its requests for the current window; retry after {0} seconds.", "Pemanggil ini sudah menghabiskan jatah permintaannya untuk jangka waktu ini; coba lagi setelah {0} detik."));
    public static readonly Refusal Internal = new("internal_error", 500, new("Internal error.", "Terjadi kesalahan internal."), new("The service could not complete the request. Quote the traceId when reporting it.", "Layanan tidak dapat menyelesaikan permintaan. Sebutkan traceId saat melaporkannya."));
    public static readonly Refusal Unavailable = new("unavailable", 503, new("Service unavailable.", "Layanan tidak tersedia."), new("The database is unreachable at the moment; retry after a few seconds.", "Basis data sedang tidak dapat dijangkau; coba lagi setelah beberapa detik."));

    // 409: the state machines. "{0}" is the action, "{1}" the resource, "{2}" its state, "{3}" the states that allow the action.
    public static readonly Refusal InvalidTransition = new("invalid_transition", 409, RuleRefused, new("Cannot {0} {1} that is {2}; only one that is {3}.", "Tidak dapat {0} {1} yang berstatus {2}; hanya {1} yang berstatus {3}."))
    {
        Explanation = "the state machine does not allow this action from the resource's current state, which `detail` names.",
    };

    // 409: the domain rules, by the code the contract promises.
    public static readonly Refusal AgencyDuplicateName = Rule("agency.duplicate_name", new("An agency named '{0}' is already registered.", "Instansi bernama '{0}' sudah terdaftar."));
    public static readonly Refusal AgencyRegionalGovernmentExists = Rule("agency.regional_government_exists", new("Every province, regency and city already has its government registered; regional governments cannot be added.", "Pemerintah daerah setiap provinsi, kabupaten, dan kota sudah terdaftar; pemerintah daerah tidak dapat ditambahkan."));
    public static readonly Refusal ApiClientScopeMismatch = Rule("api_client.scope_mismatch", new("An agency client needs exactly an agencyId, a hub client exactly a hubId, and other roles neither.", "Klien berperan agency memerlukan tepat satu agencyId, klien berperan hub tepat satu hubId, dan peran lain tidak memerlukan keduanya."));
    public static readonly Refusal CandidacyAlreadyHub = Rule("candidacy.already_hub", new("This agency already hosts a hub, or its province already has one.", "Instansi ini sudah menjadi Hub JIPP, atau provinsinya sudah memiliki Hub JIPP."));
    public static readonly Refusal CandidacyAlreadyOpen = Rule("candidacy.already_open", new("This agency already has an open candidacy; it must end before another can start.", "Instansi ini masih memiliki pencalonan yang berjalan; pencalonan itu harus selesai sebelum pencalonan baru dapat dimulai."));

    /// <summary>"{0}" lists the unmet criteria; the problem carries each with its reasons in <c>unmetCriteria</c>.</summary>
    public static readonly Refusal CandidacyCriteriaNotMet = new("candidacy.criteria_not_met", 409, new("The selection criteria are not met.", "Kriteria seleksi tidak terpenuhi."), new("The candidacy does not meet every selection criterion under its cohort's current policy: {0}.", "Pencalonan belum memenuhi semua kriteria seleksi menurut kebijakan angkatan (cohort) yang berlaku saat ini: {0}."));

    public static readonly Refusal CandidacyNotEligible = Rule("candidacy.not_eligible", new("A candidate must be a provincial government or a central body (a ministry or agency).", "Calon harus berupa pemerintah provinsi atau instansi pusat (kementerian atau lembaga)."));
    public static readonly Refusal HubDuplicatePartner = Rule("hub.duplicate_partner", new("'{0}' is already a partner of this hub.", "'{0}' sudah menjadi mitra hub ini."));
    public static readonly Refusal InnovationNotesRequired = Rule("innovation.notes_required", new("Returning an innovation needs notes that tell the agency what to revise.", "Pengembalian inovasi memerlukan catatan (notes) yang menjelaskan kepada instansi apa yang perlu diperbaiki."));
    public static readonly Refusal ReplicationDuplicateOpenRequest = Rule("replication.duplicate_open_request", new("This agency already has an open request to replicate this innovation.", "Instansi ini sudah memiliki permohonan replikasi yang masih berjalan untuk inovasi ini."));
    public static readonly Refusal ReplicationNoMentoring = Rule("replication.no_mentoring", new("A replication is completed only after at least one mentoring session.", "Replikasi hanya dapat diselesaikan setelah paling sedikit satu sesi pendampingan."));
    public static readonly Refusal ReplicationNotPublished = Rule("replication.not_published", new("Only a published innovation can be replicated.", "Hanya inovasi yang sudah terbit yang dapat direplikasi."));
    public static readonly Refusal ReplicationNotReplicable = Rule("replication.not_replicable", new("The owner of this innovation has not offered it for replication.", "Pemilik inovasi ini tidak menawarkannya untuk direplikasi."));
    public static readonly Refusal WebhookTooManySubscriptions = Rule("webhook.too_many_subscriptions", new("An API client has at most {0} webhook subscriptions; delete one, or subscribe one URL to more event types.", "Satu klien API paling banyak memiliki {0} langganan webhook; hapus salah satunya, atau langgankan satu URL untuk lebih banyak jenis peristiwa."));
    public static readonly Refusal ReplicationOwnInnovation = Rule("replication.own_innovation", new("An agency cannot replicate its own innovation.", "Instansi tidak dapat mereplikasi inovasinya sendiri."));

    private static readonly Dictionary<string, Refusal> ByCode = typeof(Refusal)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Refusal))
        .Select(f => (Refusal)f.GetValue(null)!)
        .ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>Every refusal of the catalog.</summary>
    public static IReadOnlyCollection<Refusal> All => ByCode.Values;

    /// <summary>The refusal with this code, or null when the catalog has none.</summary>
    public static Refusal? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The refusal with this code; one that the catalog lacks is a programming error.</summary>
    public static Refusal Get(string code) =>
        Find(code) ?? throw new ArgumentException($"'{code}' is not a refusal of the catalog (Refusal).", nameof(code));

    /// <summary>The problem of this status when nothing more specific is known (a problem raised by the framework itself).</summary>
    public static Refusal? ForStatus(int status) => status switch
    {
        400 => Validation,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        409 => Conflict,
        412 => PreconditionFailed,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        428 => PreconditionRequired,
        429 => RateLimited,
        503 => Unavailable,
        >= 500 => Internal,
        _ => null,
    };

    /// <summary>
    /// This refusal raised by a use case, as the domain raises its own: a <see cref="DomainException"/>
    /// with the code and the arguments of the detail, and the English detail as its message (for logs).
    /// </summary>
    public DomainException ToException(params object?[] arguments) => new(Code, Detail.FormatEnglish(arguments), arguments);

    /// <summary>A domain rule: 409 with the title every rule shares.</summary>
    private static Refusal Rule(string code, Phrase detail) => new(code, 409, RuleRefused, detail);
}
