using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Jipp.Infrastructure.Persistence.Seed;

/// <summary>
/// Identifiers of reference data: the same in every environment, so that integrators can rely on
/// them, and shaped as UUID v7 (the timestamp is a meaningful date, the rest a hash of the name).
/// </summary>
public static class SeedIds
{
    public static Guid For(string name, DateTimeOffset timestamp)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("jipp:" + name), hash);

        Span<byte> bytes = stackalloc byte[16];
        Span<byte> millis = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(millis, timestamp.ToUnixTimeMilliseconds());
        millis[2..].CopyTo(bytes);
        hash[..10].CopyTo(bytes[6..]);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static readonly DateTimeOffset ReferenceEpoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Guid Kemenpanrb { get; } = For("agency:kemenpanrb", ReferenceEpoch);

    public static Guid ProvincialGovernment(string provinceCode) => For("agency:province:" + provinceCode, ReferenceEpoch);

    public static Guid RegionalGovernment(string regencyCode) => For("agency:regency:" + regencyCode, ReferenceEpoch);

    public static Guid Hub(string provinceCode, int designationYear) =>
        For("hub:" + provinceCode, new DateTimeOffset(designationYear, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>The client that holds <c>JIPP_ADMIN_API_KEY</c>.</summary>
    public static Guid BootstrapAdminClient { get; } = For("api-client:bootstrap-admin", ReferenceEpoch);

    public static DateTimeOffset ReferenceDataCreatedAt => ReferenceEpoch;
}
