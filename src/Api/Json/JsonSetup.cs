using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Candidacies;

namespace Jipp.Api.Json;

/// <summary>The JSON conventions of the contract: camelCase, enums as camelCase strings, UTC instants with Z, strict bodies.</summary>
public static class JsonSetup
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new UtcInstantConverter());
        options.Converters.Add(new CriterionReasonTextConverter());

        // A caller can never set a field the operation does not take (state, id, ownerAgencyId, …).
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.MaxDepth = 32;
    }

    /// <summary>
    /// Words an assessment's reason, stored as a code with figures, in the request's language (a
    /// reason is a sentence for people; <c>met</c> and <c>criterion</c> are what programs read).
    /// </summary>
    private sealed class CriterionReasonTextConverter : JsonConverter<CriterionReason>
    {
        public override CriterionReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            AssessmentReasons.FromText(reader.GetString() ?? throw new JsonException("A reason is a string."));

        public override void Write(Utf8JsonWriter writer, CriterionReason value, JsonSerializerOptions options) =>
            writer.WriteStringValue(AssessmentReasons.Text(value));
    }

    /// <summary>Writes instants as UTC ISO 8601 with <c>Z</c>, whatever offset they carry.</summary>
    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }
}
