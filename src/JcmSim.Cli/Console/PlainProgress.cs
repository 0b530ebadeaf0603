using JcmSim.Runs;
namespace JcmSim.Cli.Console;

/// <summary>Progress as plain lines (output redirected to a file or CI log): one line per tenth of the run.</summary>
public sealed class PlainProgress(TextWriter output) : IRunProgress
{
    private readonly ProgressText _text = new();
    private int _lastTenth;

    /// <inheritdoc />
    public void Start(string scenario, int trials)
    {
        _text.Start(scenario, trials);
        _lastTenth = 0;
        output.WriteLine($"{scenario}: running {trials:N0} trials");
    }

    /// <inheritdoc />
    public void Extend(int trials)
    {
        _text.Extend(trials);
        output.WriteLine($"{_text.Scenario}: not yet precise enough, running to {trials:N0} trials");
    }

    /// <inheritdoc />
    public void Advance(int trials)
    {
        _text.Advance(trials);
        var tenth = _text.Total == 0 ? 10 : 10 * _text.Done / _text.Total;
        if (tenth > _lastTenth && _text.Done < _text.Total)
        {
            _lastTenth = tenth;
            output.WriteLine(_text.Line());
        }
    }

    /// <inheritdoc />
    public void Finish() => output.WriteLine(_text.Line());
}
