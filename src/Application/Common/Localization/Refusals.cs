using Jipp.Domain.Common;

namespace Jipp.Application.Common.Localization;

/// <summary>
/// The details of refusals (404, 403, 409, 412, 428) in English and Indonesian. Domain rules are
/// looked up by their contract code, so the domain keeps only codes and arguments.
/// </summary>
public static class Refusals
{
    // The resources a 404 names
    public static readonly Phrase Agency = new("Agency", "Instansi");
    public static readonly Phrase ApiClient = new("API client", "Klien API");
    public static readonly Phrase Candidacy = new("Candidacy", "Pencalonan");
    public static readonly Phrase Hub = new("Hub", "Hub JIPP");
    public static readonly Phrase HubPartner = new("Hub partner", "Mitra hub");
    public static readonly Phrase Innovation = new("Innovation", "Inovasi");
    public static readonly Phrase Province = new("Province", "Provinsi");
    public static readonly Phrase ReplicationRequest = new("Replication request", "Permohonan replikasi");

    public static readonly Phrase NotFound = new("{0} '{1}' was not found.", "{0} '{1}' tidak ditemukan.");
    public static readonly Phrase NotFoundAnything = new("The resource was not found.", "Sumber daya tidak ditemukan.");

    // 403 of the use cases (scope checks)
    public static readonly Phrase ForbiddenAnything = new("Your API client may not perform this action.", "Klien API Anda tidak berwenang melakukan tindakan ini.");
    public static readonly Phrase OnlyWho = new("Only {0} may do this.", "Hanya {0} yang dapat melakukan ini.");
    public static readonly Phrase InnovationOwner = new("the agency that owns the innovation", "instansi pemilik inovasi");
    public static readonly Phrase FacilitatorOwnerOrMinistry = new("the facilitating hub, the owner agency or the ministry", "hub fasilitator, instansi pemilik inovasi, atau kementerian");
    public static readonly Phrase FacilitatorOrMinistry = new("the facilitating hub or the ministry", "hub fasilitator atau kementerian");
    public static readonly Phrase RequestingAgency = new("the requesting agency", "instansi pemohon");
    public static readonly Phrase CandidateOrMinistry = new("the candidate agency or the ministry", "instansi calon atau kementerian");
    public static readonly Phrase CandidateAgency = new("the candidate agency", "instansi calon");
    public static readonly Phrase NameRequester = new("Name the requesting agency in requesterAgencyId.", "Sebutkan instansi pemohon dalam requesterAgencyId.");
    public static readonly Phrase RequestOnlyForOwnAgency = new("An agency client requests replications only for its own agency.", "Klien instansi hanya dapat mengajukan replikasi untuk instansinya sendiri.");
    public static readonly Phrase OnlyOwnerOfInnovation = new("Only the agency that owns this innovation may do this.", "Hanya instansi pemilik inovasi ini yang dapat melakukan ini.");
    public static readonly Phrase NameOwner = new("Name the owner agency in agencyId.", "Sebutkan instansi pemilik dalam agencyId.");
    public static readonly Phrase RegisterOnlyForOwnAgency = new("An agency client registers innovations only for its own agency.", "Klien instansi hanya dapat mendaftarkan inovasi untuk instansinya sendiri.");
    public static readonly Phrase OnlyMinistryOrProvinceHubVerifies = new("Only the ministry or the hub of the innovation's province may verify it.", "Hanya kementerian atau Hub JIPP di provinsi inovasi tersebut yang dapat memverifikasinya.");
    public static readonly Phrase OnlyOwnerOrMinistryArchives = new("Only the owner agency or the ministry may archive an innovation.", "Hanya instansi pemilik atau kementerian yang dapat mengarsipkan inovasi.");
    public static readonly Phrase OnlyMinistryOrHubRecordsActivities = new("Only the ministry or this hub's own client may record its activities.", "Hanya kementerian atau klien milik hub ini yang dapat mencatat kegiatannya.");
    public static readonly Phrase OnlyMinistryOrHubManagesPartners = new("Only the ministry or this hub's own client may manage its partners.", "Hanya kementerian atau klien milik hub ini yang dapat mengelola mitranya.");

    // 412 and 428
    public static readonly Phrase PreconditionFailed = new("The resource has changed since the ETag given in If-Match; read it again and retry with its current ETag.", "Sumber daya telah berubah sejak ETag yang diberikan dalam If-Match; baca ulang lalu coba lagi dengan ETag terbarunya.");
    public static readonly Phrase PreconditionRequired = new("Send the resource's current ETag in If-Match to change it.", "Kirimkan ETag terbaru sumber daya dalam If-Match untuk mengubahnya.");

    // 409: state machines. "{0}" is the action, "{1}" the resource, "{2}" its state, "{3}" the states that allow the action.
    public static readonly Phrase InvalidTransition = new("Cannot {0} {1} that is {2}; only one that is {3}.", "Tidak dapat {0} {1} yang berstatus {2}; hanya {1} yang berstatus {3}.");

    /// <summary>The resources with a state machine, as the transition message names them.</summary>
    public static readonly IReadOnlyDictionary<TransitionSubject, Phrase> Subjects = new Dictionary<TransitionSubject, Phrase>
    {
        [TransitionSubject.Innovation] = new("an innovation", "inovasi"),
        [TransitionSubject.Candidacy] = new("a candidacy", "pencalonan"),
        [TransitionSubject.ReplicationRequest] = new("a replication request", "permohonan replikasi"),
    };

    /// <summary>Every one of <see cref="TransitionActions"/>, as a verb.</summary>
    public static readonly IReadOnlyDictionary<string, Phrase> Actions = new Dictionary<string, Phrase>
    {
        [TransitionActions.Update] = new(TransitionActions.Update, "mengubah"),
        [TransitionActions.Submit] = new(TransitionActions.Submit, "mengajukan"),
        [TransitionActions.Verify] = new(TransitionActions.Verify, "memverifikasi"),
        [TransitionActions.Archive] = new(TransitionActions.Archive, "mengarsipkan"),
        [TransitionActions.Invite] = new(TransitionActions.Invite, "mengundang"),
        [TransitionActions.AnswerInvitation] = new(TransitionActions.AnswerInvitation, "menjawab undangan"),
        [TransitionActions.RecordCommitment] = new(TransitionActions.RecordCommitment, "mencatat komitmen bersama"),
        [TransitionActions.SubmitReadiness] = new(TransitionActions.SubmitReadiness, "menyampaikan kesiapan"),
        [TransitionActions.Assess] = new(TransitionActions.Assess, "menilai"),
        [TransitionActions.Designate] = new(TransitionActions.Designate, "menetapkan"),
        [TransitionActions.Reject] = new(TransitionActions.Reject, "menolak"),
        [TransitionActions.Withdraw] = new(TransitionActions.Withdraw, "menarik"),
        [TransitionActions.AgreeTo] = new(TransitionActions.AgreeTo, "menyepakati"),
        [TransitionActions.RecordMentoring] = new(TransitionActions.RecordMentoring, "mencatat pendampingan untuk"),
        [TransitionActions.Complete] = new(TransitionActions.Complete, "menyelesaikan"),
        [TransitionActions.Cancel] = new(TransitionActions.Cancel, "membatalkan"),
    };

    /// <summary>The messages of the domain rules, by the code the contract promises.</summary>
    public static readonly IReadOnlyDictionary<string, Phrase> Rules = new Dictionary<string, Phrase>
    {
        ["agency.duplicate_name"] = new("An agency named '{0}' is already registered.", "Instansi bernama '{0}' sudah terdaftar."),
        ["agency.regional_government_exists"] = new("Every province, regency and city already has its government registered; regional governments cannot be added.", "Pemerintah daerah setiap provinsi, kabupaten, dan kota sudah terdaftar; pemerintah daerah tidak dapat ditambahkan."),
        ["api_client.scope_mismatch"] = new("An agency client needs exactly an agencyId, a hub client exactly a hubId, and other roles neither.", "Klien berperan agency memerlukan tepat satu agencyId, klien berperan hub tepat satu hubId, dan peran lain tidak memerlukan keduanya."),
        ["candidacy.already_hub"] = new("This agency already hosts a hub, or its province already has one.", "Instansi ini sudah menjadi Hub JIPP, atau provinsinya sudah memiliki Hub JIPP."),
        ["candidacy.already_open"] = new("This agency already has an open candidacy; it must end before another can start.", "Instansi ini masih memiliki pencalonan yang berjalan; pencalonan itu harus selesai sebelum pencalonan baru dapat dimulai."),
        ["candidacy.criteria_not_met"] = new("The candidacy does not meet every selection criterion under its cohort's current policy: {0}.", "Pencalonan belum memenuhi semua kriteria seleksi menurut kebijakan angkatan (cohort) yang berlaku saat ini: {0}."),
        ["candidacy.not_eligible"] = new("A candidate must be a provincial government or a central body (a ministry or agency).", "Calon harus berupa pemerintah provinsi atau instansi pusat (kementerian atau lembaga)."),
        ["hub.duplicate_partner"] = new("'{0}' is already a partner of this hub.", "'{0}' sudah menjadi mitra hub ini."),
        ["innovation.notes_required"] = new("Returning an innovation needs notes that tell the agency what to revise.", "Pengembalian inovasi memerlukan catatan (notes) yang menjelaskan kepada instansi apa yang perlu diperbaiki."),
        ["replication.duplicate_open_request"] = new("This agency already has an open request to replicate this innovation.", "Instansi ini sudah memiliki permohonan replikasi yang masih berjalan untuk inovasi ini."),
        ["replication.no_mentoring"] = new("A replication is completed only after at least one mentoring session.", "Replikasi hanya dapat diselesaikan setelah paling sedikit satu sesi pendampingan."),
        ["replication.not_published"] = new("Only a published innovation can be replicated.", "Hanya inovasi yang sudah terbit yang dapat direplikasi."),
        ["replication.not_replicable"] = new("The owner of this innovation has not offered it for replication.", "Pemilik inovasi ini tidak menawarkannya untuk direplikasi."),
        ["replication.own_innovation"] = new("An agency cannot replicate its own innovation.", "Instansi tidak dapat mereplikasi inovasinya sendiri."),
    };

    /// <summary>A domain refusal's detail in the request's language; a rule without a phrase keeps its English message.</summary>
    public static string Describe(DomainException exception)
    {
        if (exception is InvalidTransitionException transition)
        {
            var action = Actions.TryGetValue(transition.Action, out var verb) ? verb : new Phrase(transition.Action, transition.Action);
            var allowed = new Phrase(string.Join(" or ", transition.Allowed), string.Join(" atau ", transition.Allowed));
            return InvalidTransition.Format(action, Subjects[transition.Subject], transition.State, allowed);
        }

        return Rules.TryGetValue(exception.Code, out var phrase) ? phrase.Format([.. exception.Arguments]) : exception.Message;
    }
}
