namespace JcmSim.Explorer;

/// <summary>The page's settings as files a planner keeps: the scenario file and the command line that reruns it.</summary>
/// <param name="FileName">The scenario file's name, e.g. <c>baseline-explored.yaml</c>: saved under that name next to the reference, <c>extends:</c> resolves and the run's scenario keeps the page's name.</param>
/// <param name="Yaml">The scenario file: <c>extends:</c> the reference, then only the moved inputs.</param>
/// <param name="Command">The <c>jcmsim run</c> command line that reruns the page's estimate (the reference and the file, same seed and trials); raise <c>--trials</c> to rerun at scale.</param>
public sealed record ExportSettings(string FileName, string Yaml, string Command);
