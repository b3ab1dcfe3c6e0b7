namespace Jipp.Infrastructure.Common;

/// <summary>
/// The attempts of a background loop that tries again on every tick: the first failure of a run of failures is
/// reported, and the success that ends it, instead of every failed tick while the database is away.
/// </summary>
/// <param name="failed">Reports the first failure of a run: the exception's type name and message.</param>
/// <param name="recovered">Reports the success that ends a run of failures.</param>
internal sealed class FailureRun(Action<string, string> failed, Action recovered)
{
    private bool _failing;

    public void Succeeded()
    {
        if (_failing)
        {
            _failing = false;
            recovered();
        }
    }

    public void Failed(Exception exception)
    {
        if (!_failing)
        {
            _failing = true;
            failed(exception.GetType().Name, exception.Message);
        }
    }
}
