using System.Text;

namespace Jipp.Api.Tests.Security.Fuzzing;

/// <summary>One generated request, sent as every role. <see cref="Shape"/> says what was done to it.</summary>
public sealed record FuzzRequest(
    string Operation,
    string Method,
    string Target,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? ContentType,
    ReadOnlyMemory<byte>? Body,
    string Shape)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public string? IdempotencyKey => Headers.Where(h => h.Key == IdempotencyHeader).Select(h => h.Value).FirstOrDefault();

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Target);
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    /// <summary>The request as text, long parts cut, control characters made visible: what a failure report shows.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Method).Append(' ').Append(Cut(Target, 400)).Append("   [").Append(Operation).Append("; ").Append(Shape).Append(']');
        foreach (var (name, value) in Headers)
        {
            text.Append("\n  ").Append(name).Append(": ").Append(Cut(value, 200));
        }

        if (Body is { } body)
        {
            text.Append("\n  Content-Type: ").Append(ContentType ?? "(none)");
            text.Append("\n  body (").Append(body.Length).Append(" bytes): ").Append(Cut(Visible(Encoding.UTF8.GetString(body.Span)), 1_500));
        }

        return text.ToString();
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : $"{value[..max]}… ({value.Length} characters)";

    private static string Visible(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
