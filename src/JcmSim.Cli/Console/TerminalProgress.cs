using JcmSim.Runs;
using Spectre.Console;

namespace JcmSim.Cli.Console;

/// <summary>Live Spectre.Console progress bars: one per scenario, with trials done, rate and ETA.</summary>
public sealed class TerminalProgress(ProgressContext context) : IRunProgress
{
    private readonly ProgressText _text = new();
    private ProgressTask? _task;

    /// <inheritdoc />
    public void Start(string scenario, int trials)
    {
        _text.Start(scenario, trials);
        _task = context.AddTask(Markup.Escape(scenario), maxValue: trials);
    }

    /// <inheritdoc />
    public void Extend(int trials)
    {
        _text.Extend(trials);
        if (_task is not null)
        {
            _task.MaxValue = trials;
        }
    }

    /// <inheritdoc />
    public void Advance(int trials)
    {
        _text.Advance(trials);
        if (_task is not null)
        {
            _task.Increment(trials);
            _task.Description = Markup.Escape(_text.Line());
        }
    }

    /// <inheritdoc />
    public void Finish()
    {
        if (_task is not null)
        {
            _task.Value = _task.MaxValue;
            _task.Description = Markup.Escape(_text.Line());
            _task.StopTask();
        }
    }
}
