using System.Text.Json;
using System.Text.Json.Nodes;
using Jipp.Domain.Agencies;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Regions;
using Jipp.Domain.Replications;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// Enums appear as the camelCase strings the API reads and writes, each value described with its
/// Indonesian term; schemas with an entry in <see cref="OpenApiExamples"/> carry that example.
/// </summary>
public sealed class EnumAndExampleSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (type.IsEnum)
        {
            if (concrete.AllOf is { Count: > 0 })
            {
                // A property that refers to the enum's own schema: the values are described there
                // once; repeating them here would make code generators declare a second enum.
                return;
            }

            var names = Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName).ToList();
            concrete.Type = JsonSchemaType.String;
            concrete.Format = null;
            concrete.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
            var terms = Terms.TryGetValue(type, out var known) ? known : new Dictionary<string, string>();
            concrete.Description = "Values (Indonesian term): " + string.Join("; ", names.Select(n => terms.TryGetValue(n, out var term) ? $"`{n}` ({term})" : $"`{n}`")) + ".";
            return;
        }

        if (OpenApiExamples.BySchema.TryGetValue(SwaggerSetup.SchemaId(type), out var example))
        {
            concrete.Example = JsonNode.Parse(example);
        }
    }

    /// <summary>The Indonesian terms of the domain glossary, per enum value.</summary>
    public static readonly IReadOnlyDictionary<Type, Dictionary<string, string>> Terms = new Dictionary<Type, Dictionary<string, string>>
    {
        [typeof(AgencyType)] = new()
        {
            ["ministry"] = "kementerian",
            ["agency"] = "lembaga",
            ["provincialGovernment"] = "pemerintah provinsi",
            ["regencyGovernment"] = "pemerintah kabupaten",
            ["cityGovernment"] = "pemerintah kota",
            ["stateOwnedEnterprise"] = "BUMN, badan usaha milik negara",
            ["regionOwnedEnterprise"] = "BUMD, badan usaha milik daerah",
            ["university"] = "perguruan tinggi",
            ["other"] = "lainnya",
        },
        [typeof(ApiClientRole)] = new()
        {
            ["ministry"] = "kementerian: KemenPANRB, Deputi Bidang Pelayanan Publik",
            ["hub"] = "Hub JIPP, terbatas pada satu hub",
            ["agency"] = "instansi, terbatas pada satu instansi",
            ["reader"] = "pembaca: sistem pemerintah yang hanya membaca",
        },
        [typeof(CandidacyState)] = new()
        {
            ["shortlisted"] = "masuk daftar pendek",
            ["invited"] = "diundang ke rapat koordinasi kesiapan",
            ["willing"] = "menyatakan kesediaan",
            ["declined"] = "menyatakan tidak bersedia",
            ["committed"] = "komitmen bersama ditandatangani",
            ["readinessSubmitted"] = "kesiapan disampaikan",
            ["assessed"] = "dinilai",
            ["designated"] = "ditetapkan sebagai Hub JIPP",
            ["rejected"] = "ditolak",
            ["withdrawn"] = "mengundurkan diri",
        },
        [typeof(HubActivityType)] = new()
        {
            ["mentoring"] = "pendampingan",
            ["knowledgeExchange"] = "pertukaran pengetahuan",
            ["promotion"] = "promosi inovasi",
            ["replicationForum"] = "forum replikasi",
        },
        [typeof(HubStatus)] = new()
        {
            ["active"] = "aktif",
            ["inactive"] = "tidak aktif",
        },
        [typeof(InnovationForm)] = new()
        {
            ["publicService"] = "pelayanan publik",
            ["governance"] = "tata kelola pemerintahan",
            ["other"] = "lainnya",
        },
        [typeof(InnovationState)] = new()
        {
            ["draft"] = "draf",
            ["submitted"] = "diajukan",
            ["returned"] = "dikembalikan untuk diperbaiki",
            ["published"] = "terbit, dipublikasikan",
            ["archived"] = "diarsipkan",
        },
        [typeof(MaturityStage)] = new()
        {
            ["initiative"] = "inisiatif",
            ["trial"] = "uji coba",
            ["implementation"] = "penerapan",
        },
        [typeof(Jipp.Application.Matchmaking.MentoringHubReason)] = new()
        {
            ["ownerProvinceHub"] = "hub provinsi pemilik inovasi",
            ["askerProvinceHub"] = "hub provinsi penanya",
        },
        [typeof(MeetingFormat)] = new()
        {
            ["virtual"] = "daring",
            ["inPerson"] = "tatap muka, luring",
        },
        [typeof(RegencyKind)] = new()
        {
            ["regency"] = "kabupaten",
            ["city"] = "kota",
        },
        [typeof(ReplicationState)] = new()
        {
            ["submitted"] = "diajukan: minat",
            ["verified"] = "diverifikasi",
            ["agreed"] = "disepakati: kesepakatan pemilik dan pereplikasi",
            ["inImplementation"] = "dalam pelaksanaan dengan pendampingan",
            ["completed"] = "selesai",
            ["rejected"] = "ditolak",
            ["cancelled"] = "dibatalkan",
        },
        [typeof(SelectionCriterion)] = new()
        {
            ["commitment"] = "komitmen pemerintah daerah",
            ["innovationPotential"] = "potensi inovasi di sektor unggulan",
            ["stakeholderSupport"] = "dukungan birokrasi dan pemangku kepentingan",
        },
        [typeof(VerificationDecision)] = new()
        {
            ["publish"] = "terbitkan",
            ["return"] = "kembalikan untuk diperbaiki",
        },
    };
}
