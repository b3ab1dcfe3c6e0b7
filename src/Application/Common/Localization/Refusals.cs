using Jipp.Application.Common.Errors;
using Jipp.Domain.Common;

namespace Jipp.Application.Common.Localization;

/// <summary>
/// The words of refusal details in English and Indonesian: the resources a 404 names, the reasons of
/// a 403, the verbs and subjects of a refused transition. Each refusal itself (code, status, title,
/// detail) is defined once in <see cref="Refusal"/>; a domain refusal is looked up there by its code.
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
    public static readonly Phrase WebhookSubscription = new("Webhook subscription", "Langganan webhook");
    public static readonly Phrase WebhookDelivery = new("Webhook delivery", "Pengiriman webhook");

    public static readonly Phrase NotFound = new("{0} '{1}' was not found.", "{0} '{1}' tidak ditemukan.");

    // 403 of the use cases (scope checks)
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
    public static readonly Phrase RegisterOnlyForOwnAgency = new("An agency client registers innovations only for its own agency.", "Klien instansi hanya dapat mendaftarkan inovasi untuk instansinya sendiri.");
    public static readonly Phrase OnlyMinistryOrProvinceHubVerifies = new("Only the ministry or the hub of the innovation's province may verify it.", "Hanya kementerian atau Hub JIPP di provinsi inovasi tersebut yang dapat memverifikasinya.");
    public static readonly Phrase OnlyOwnerOrMinistryArchives = new("Only the owner agency or the ministry may archive an innovation.", "Hanya instansi pemilik atau kementerian yang dapat mengarsipkan inovasi.");
    public static readonly Phrase OnlyMinistryOrHubRecordsActivities = new("Only the ministry or this hub's own client may record its activities.", "Hanya kementerian atau klien milik hub ini yang dapat mencatat kegiatannya.");
    public static readonly Phrase OnlyOwnerChangesSubscription = new("Only the API client that owns this webhook subscription may change it or rotate its secret.", "Hanya klien API pemilik langganan webhook ini yang dapat mengubahnya atau mengganti rahasianya.");
    public static readonly Phrase OnlyMinistryOrHubManagesPartners = new("Only the ministry or this hub's own client may manage its partners.", "Hanya kementerian atau klien milik hub ini yang dapat mengelola mitranya.");

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

    /// <summary>A domain refusal's detail in the request's language; a code the catalog lacks keeps its English message.</summary>
    public static string Describe(DomainException exception)
    {
        if (exception is InvalidTransitionException transition)
        {
            var action = Actions.TryGetValue(transition.Action, out var verb) ? verb : new Phrase(transition.Action, transition.Action);
            var allowed = new Phrase(string.Join(" or ", transition.Allowed), string.Join(" atau ", transition.Allowed));
            return Refusal.InvalidTransition.Detail.Format(action, Subjects[transition.Subject], transition.State, allowed);
        }

        return Refusal.Find(exception.Code) is { } refusal ? refusal.Detail.Format([.. exception.Arguments]) : exception.Message;
    }
}
