using JcmSim.Analysis.Results;

namespace JcmSim.Runs.Studies;

/// <summary>A study's result with the folder it was written to.</summary>
/// <param name="Result">The study's result (also in its JSON file).</param>
/// <param name="Folder">The output folder, renamed into place.</param>
/// <param name="Work">What was run, e.g. "40 points × 200 trials".</param>
/// <param name="WallSeconds">From the engine's start to the last file.</param>
/// <param name="Mode">The engine the points ran on.</param>
public sealed record StudyOutcome<TResult>(TResult Result, string Folder, string Work, double WallSeconds, RunMode Mode);
