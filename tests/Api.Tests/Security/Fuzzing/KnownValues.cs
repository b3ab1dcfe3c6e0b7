namespace Jipp.Api.Tests.Security.Fuzzing;

/// <summary>
/// Values that exist in the fuzzed service (ids, codes, cursors), so that hostile input also reaches
/// real resources and not only the 404 path. Keyed by the parameter or member name they fit.
/// </summary>
public sealed class KnownValues
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name, params IEnumerable<string> values)
    {
        if (!_values.TryGetValue(name, out var list))
        {
            _values[name] = list = [];
        }

        list.AddRange(values.Where(v => !list.Contains(v)));
    }

    /// <summary>The known values for a parameter or member: by its name, else by the path segment before it (<c>/hubs/{id}</c> is a hub id).</summary>
    public IReadOnlyList<string> For(string name, string? path = null)
    {
        if (name == "id" && path is not null)
        {
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var index = Array.IndexOf(segments, "{id}");
            if (index > 0 && _values.TryGetValue(segments[index - 1], out var byResource))
            {
                return byResource;
            }
        }

        if (_values.TryGetValue(name, out var values))
        {
            return values;
        }

        // agencyIds, innovationIds: the pool of one element.
        return name.EndsWith('s') && _values.TryGetValue(name[..^1], out var single) ? single : [];
    }

    /// <summary>Every known id, whatever its kind: used where an id of the wrong kind is a fine hostile value.</summary>
    public IReadOnlyList<string> AllIds() =>
        _values.Values
            .SelectMany(v => v)
            .Where(v => Guid.TryParse(v, out _))
            .Distinct()
            .ToList();
}
