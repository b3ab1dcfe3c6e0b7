using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Localization;

namespace Jipp.Api.Localization;

/// <summary>
/// The details written at the HTTP edge (malformed JSON, unknown routes, API keys, request limits), in
/// English and Indonesian side by side; each problem's code, status, title and default detail are in <see cref="Refusal"/>.
/// </summary>
public static class ApiMessages
{
    /// <summary>The title of a problem of a status that has no refusal in the catalog.</summary>
    public static readonly Phrase Error = new("Error.", "Terjadi kesalahan.");

    // Details written at the HTTP edge; the default detail of each refusal is in the catalog (Refusal).
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
    public static readonly Phrase ApiKeyUnknown = new("The API key in X-Api-Key is unknown or revoked.", "Kunci API pada X-Api-Key tidak dikenal atau sudah dicabut.");
    public static readonly Phrase RoleMayNotCall = new("Your API client's role may not call this operation.", "Peran klien API Anda tidak berwenang memanggil operasi ini.");
    public static readonly Phrase IdempotencyKeyFormat = new("{0} must be one value of 1 to {1} characters.", "{0} harus berupa satu nilai sepanjang 1 sampai {1} karakter.");
    public static readonly Phrase IdempotencyKeyLength = new("1 to {0} characters.", "1 sampai {0} karakter.");
    public static readonly Phrase QueryStringTooLong = new("The query string is longer than {0} characters.", "Query string lebih panjang dari {0} karakter.");
    public static readonly Phrase InstanceSaturated = new("This instance already has as many reads waiting for a turn as it accepts; retry after the Retry-After seconds.", "Instans ini sudah menampung permintaan baca yang menunggu giliran sebanyak batasnya; coba lagi setelah jumlah detik pada Retry-After.");
    public static readonly Phrase AtMostCharacters = new("At most {0} characters.", "Paling banyak {0} karakter.");

    /// <summary>The title of a problem the framework raised by itself (an unknown route, a wrong method, …).</summary>
    public static Phrase TitleFor(int status) => Refusal.ForStatus(status)?.Title ?? Error;

    /// <summary>The detail of a problem the framework raised by itself, where one helps.</summary>
    public static Phrase? DetailFor(int status) => status switch
    {
        404 => NoSuchRoute,
        405 => Refusal.MethodNotAllowed.Detail,
        415 => Refusal.UnsupportedMediaType.Detail,
        _ => null,
    };
}
