using System.Text.Json;
using System.Text.Json.Serialization;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Candidacies;

namespace Jipp.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores an assessment's reason as its code and figures, <c>{"code":"score","met":false,"value":60,"minimum":70}</c>,
/// and reads both that and the English sentence assessments stored before their reasons were codes
/// (<see cref="AssessmentReasons.FromText"/>), so that old rows are answered in the caller's language too.
/// </summary>
internal sealed class CriterionReasonConverter : JsonConverter<CriterionReason>
{
    public override CriterionReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return AssessmentReasons.FromText(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A criterion's reason is an object or a string.");
        }

        string? code = null;
        var met = false;
        decimal? value = null;
        decimal? minimum = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "code":
                    code = reader.GetString();
                    break;
                case "met":
                    met = reader.GetBoolean();
                    break;
                case "value":
                    value = reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();
                    break;
                case "minimum":
                    minimum = reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new CriterionReason(code ?? throw new JsonException("A criterion's reason has no code."), met, value, minimum);
    }

    public override void Write(Utf8JsonWriter writer, CriterionReason value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteBoolean("met", value.Met);
        if (value.Value is { } figure)
        {
            writer.WriteNumber("value", figure);
        }

        if (value.Minimum is { } minimum)
        {
            writer.WriteNumber("minimum", minimum);
        }

        writer.WriteEndObject();
    }
}
