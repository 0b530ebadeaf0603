using JcmSim.Runs.Engines;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Studies;

/// <summary>
/// Evaluates design points of one scenario on one engine: at each point the studied inputs are held
/// at the point's values (per-trial inputs as fixed values, per-project ones as uniform(v, v), see
/// <see cref="ScenarioParameter.HeldAt(double)"/>) while every other uncertain input stays random, and
/// every point runs the same trials with the same seed, so differences between points are the inputs'
/// effects, not noise (common random numbers). Several points run at once; results come back in
/// design order whatever finishes first.
/// </summary>
/// <param name="engine">Where the trials run.</param>
/// <param name="scenario">The scenario as loaded.</param>
/// <param name="inputs">The studied inputs, in the order of a point's values.</param>
/// <param name="plan">Trials per point and block size.</param>
/// <param name="seed">Seed shared by every point.</param>
public sealed class StudyRunner(ISimulationEngine engine, Scenario scenario, IReadOnlyList<StudiedInput> inputs, TrialPlan plan, ulong seed)
{
    // Points in flight at once: enough to keep the cores busy when a point has few blocks.
    private const int PointsInFlight = 4;

    /// <summary>The studied inputs, in the order of a point's values.</summary>
    public IReadOnlyList<StudiedInput> Inputs => inputs;

    /// <summary>Trials per point.</summary>
    public int TrialsPerPoint => plan.Trials;

    /// <summary>The scenario with the studied inputs held at <paramref name="values"/>.</summary>
    public Scenario At(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var variant = scenario;
        for (var i = 0; i < inputs.Count; i++)
        {
            variant = inputs[i].Parameter.HeldAt(variant, values[i]);
        }

        return variant;
    }

    /// <summary>Runs every point; <paramref name="progress"/> advances by trials done (thread-safe here).</summary>
    public async Task<IReadOnlyList<PointOutcome>> RunAsync(IReadOnlyList<double[]> points, IRunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        var results = new PointOutcome[points.Count];
        using var gate = new SemaphoreSlim(PointsInFlight);
        var tasks = points.Select(async (values, index) =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                results[index] = await RunPointAsync(index, values, progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return results;
    }

    /// <summary>Runs one point.</summary>
    public async Task<PointOutcome> RunPointAsync(int index, IReadOnlyList<double> values, IRunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var variant = At(values);
        var builder = new PointOutcomeBuilder(scenario.Accounting.Targets, plan.Trials);
        await foreach (var block in engine.RunAsync(variant, new CompiledScenario(variant), seed, plan, 0, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(block);
            lock (progress)
            {
                progress.Advance(block.Count);
            }
        }

        return builder.Build(index, values);
    }
}
