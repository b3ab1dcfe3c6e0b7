using Jipp.Application.Common.Localization;

namespace Jipp.Api.Localization;

/// <summary>The problem titles and the details written at the HTTP edge, in English and Indonesian side by side.</summary>
public static class ApiMessages
{
    // Titles, one per kind of problem
    public static readonly Phrase InvalidRequest = new("The request is not valid.", "Permintaan tidak valid.");
    public static readonly Phrase CriteriaNotMet = new("The selection criteria are not met.", "Kriteria seleksi tidak terpenuhi.");
    public static readonly Phrase RuleRefused = new("A business rule refused the request.", "Permintaan ditolak oleh aturan bisnis.");
    public static readonly Phrase NotFound = new("Not found.", "Sumber daya tidak ditemukan.");
    public static readonly Phrase Forbidden = new("Forbidden.", "Akses ditolak.");
    public static readonly Phrase Unauthenticated = new("Unauthenticated.", "Belum terautentikasi.");
    public static readonly Phrase MethodNotAllowed = new("Method not allowed.", "Metode tidak diizinkan.");
    public static readonly Phrase PreconditionFailed = new("Precondition failed.", "Prasyarat tidak terpenuhi.");
    public static readonly Phrase PreconditionRequired = new("Precondition required.", "Prasyarat diperlukan.");
    public static readonly Phrase ChangedConcurrently = new("Changed concurrently.", "Diubah secara bersamaan.");
    public static readonly Phrase Conflict = new("Conflict.", "Terjadi konflik.");
    public static readonly Phrase PayloadTooLarge = new("Payload too large.", "Isi permintaan terlalu besar.");
    public static readonly Phrase UnsupportedMediaType = new("Unsupported media type.", "Jenis media tidak didukung.");
    public static readonly Phrase TooManyRequests = new("Too many requests.", "Terlalu banyak permintaan.");
    public static readonly Phrase Unavailable = new("Service unavailable.", "Layanan tidak tersedia.");
    public static readonly Phrase InternalError = new("Internal error.", "Terjadi kesalahan internal.");
    public static readonly Phrase RequestInProgress = new("Request in progress.", "Permintaan sedang diproses.");
    public static readonly Phrase IdempotencyKeyReused = new("Idempotency key reused.", "Idempotency-Key dipakai ulang.");
    public static readonly Phrase Error = new("Error.", "Terjadi kesalahan.");

    // Details
    public static readonly Phrase FieldsNotValid = new("One or more fields are not valid; see errors.", "Satu atau lebih isian tidak valid; lihat errors.");
    public static readonly Phrase ConcurrentUpdate = new("Another request changed this resource at the same moment; read it again and retry (send If-Match with its ETag to be sure).", "Permintaan lain mengubah sumber daya ini pada saat yang sama; baca ulang lalu coba lagi (kirimkan If-Match dengan ETag-nya agar pasti).");
    public static readonly Phrase DuplicateUnique = new("A resource with the same unique values already exists.", "Sumber daya dengan nilai unik yang sama sudah ada.");
    public static readonly Phrase DatabaseUnavailable = new("The database is unreachable at the moment; retry after a few seconds.", "Basis data sedang tidak dapat dijangkau; coba lagi setelah beberapa detik.");
    public static readonly Phrase Internal = new("The service could not complete the request. Quote the traceId when reporting it.", "Layanan tidak dapat menyelesaikan permintaan. Sebutkan traceId saat melaporkannya.");
    public static readonly Phrase BodyTooLarge = new("The request body is larger than the service accepts (1 MiB).", "Isi permintaan lebih besar daripada yang diterima layanan (1 MiB).");
    public static readonly Phrase SendJson = new("Send the request body as application/json.", "Kirimkan isi permintaan sebagai application/json.");
    public static readonly Phrase NotJson = new("The request body is not valid JSON{0}.", "Isi permintaan bukan JSON yang valid{0}.");
    public static readonly Phrase JsonPosition = new(" (line {0}, position {1})", " (baris {0}, posisi {1})");
    public static readonly Phrase UnknownMember = new("The body has a member this operation does not accept.", "Isi permintaan memuat anggota yang tidak diterima operasi ini.");
    public static readonly Phrase UnknownMemberField = new("Unknown member; it cannot be set by callers.", "Anggota tidak dikenal; tidak dapat diisi oleh pemanggil.");
    public static readonly Phrase MissingMembers = new("The body lacks required members.", "Isi permintaan tidak memuat anggota yang wajib.");
    public static readonly Phrase RequiredField = new("Required.", "Wajib diisi.");
    public static readonly Phrase MemberNotValid = new("The body member '{0}' is not valid.", "Anggota isi permintaan '{0}' tidak valid.");
    public static readonly Phrase MustNotBeNull = new("Must not be null.", "Tidak boleh null.");
    public static readonly Phrase WrongTypeOrFormat = new("The value has the wrong type or format.", "Jenis atau format nilai tidak sesuai.");
    public static readonly Phrase ParameterNotValid = new("The parameter '{0}' is not valid.", "Parameter '{0}' tidak valid.");
    public static readonly Phrase BodyRequired = new("A JSON request body is required.", "Isi permintaan berupa JSON wajib dikirimkan.");
    public static readonly Phrase NoSuchRoute = new("There is no resource at this path. Routes start with /api/v1; see /swagger.", "Tidak ada sumber daya pada path ini. Rute diawali dengan /api/v1; lihat /swagger.");
    public static readonly Phrase NoSuchMethod = new("This path does not take this HTTP method; see /swagger for the operations it has.", "Path ini tidak menerima metode HTTP tersebut; lihat /swagger untuk operasi yang tersedia.");
    public static readonly Phrase ApiKeyNeeded = new("This operation needs an API key in the X-Api-Key header.", "Operasi ini memerlukan kunci API pada header X-Api-Key.");
    public static readonly Phrase ApiKeyUnknown = new("The API key in X-Api-Key is unknown or revoked.", "Kunci API pada X-Api-Key tidak dikenal atau sudah dicabut.");
    public static readonly Phrase RoleMayNotCall = new("Your API client's role may not call this operation.", "Peran klien API Anda tidak berwenang memanggil operasi ini.");
    public static readonly Phrase IdempotencyKeyFormat = new("{0} must be one value of 1 to {1} characters.", "{0} harus berupa satu nilai sepanjang 1 sampai {1} karakter.");
    public static readonly Phrase IdempotencyKeyLength = new("1 to {0} characters.", "1 sampai {0} karakter.");
    public static readonly Phrase IdempotencyInProgress = new("A request with this Idempotency-Key is still running (or its change was made but its response could not be kept); retry in a moment, or read the resource.", "Permintaan dengan Idempotency-Key ini masih berjalan (atau perubahannya sudah dilakukan tetapi tanggapannya tidak dapat disimpan); coba lagi sebentar lagi, atau baca sumber dayanya.");
    public static readonly Phrase RateLimitedDetail = new("This caller has used up its requests for the current window; retry after {0} seconds.", "Pemanggil ini sudah menghabiskan jatah permintaannya untuk jangka waktu ini; coba lagi setelah {0} detik.");
    public static readonly Phrase QueryStringTooLong = new("The query string is longer than {0} characters.", "Query string lebih panjang dari {0} karakter.");
    public static readonly Phrase AtMostCharacters = new("At most {0} characters.", "Paling banyak {0} karakter.");
    public static readonly Phrase IdempotencyReused = new("This Idempotency-Key was used with a different request; use a new key for a new request.", "Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda; gunakan kunci baru untuk permintaan baru.");

    /// <summary>The title of a problem the framework raised by itself (an unknown route, a wrong method, …).</summary>
    public static Phrase TitleFor(int status) => status switch
    {
        400 => InvalidRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        412 => PreconditionFailed,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        428 => PreconditionRequired,
        429 => TooManyRequests,
        503 => Unavailable,
        >= 500 => InternalError,
        _ => Error,
    };

    /// <summary>The detail of a problem the framework raised by itself, where one helps.</summary>
    public static Phrase? DetailFor(int status) => status switch
    {
        404 => NoSuchRoute,
        405 => NoSuchMethod,
        415 => SendJson,
        _ => null,
    };
}
