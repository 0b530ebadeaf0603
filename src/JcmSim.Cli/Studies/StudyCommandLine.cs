using JcmSim.Runs.Studies;
using System.CommandLine;
using JcmSim.Cli.Commands;
using JcmSim.Grains.Hosting;

namespace JcmSim.Cli.Studies;

/// <summary>
/// The options every study command shares (<c>--trials-per-point --seed --out --force --lang
/// --in-process --parallel --cluster --inputs</c>), declared once and read into <see cref="StudyOptions"/>.
/// </summary>
public sealed class StudyCommandLine
{
    private readonly Option<int> _trials;
    private readonly Option<ulong> _seed = new("--seed", "-s") { Description = "Seed shared by every point (common random numbers) and by the design.", DefaultValueFactory = _ => 1UL };
    private readonly Option<string?> _output;
    private readonly Option<string> _language = new("--lang") { Description = "Language of tables and charts.", DefaultValueFactory = _ => "en" };
    private readonly Option<bool> _force = new("--force") { Description = "Replace the output folder if it is not empty." };
    private readonly Option<bool> _inProcess = new("--in-process") { Description = "Run without Orleans; same numbers." };
    private readonly Option<int> _parallel = new("--parallel") { Description = "Blocks in flight at once (default: 2 × cores)." };
    private readonly Option<ClusterAddress?> _cluster = SiloCommand.ClusterOption("Run on the cluster of 'jcmsim silo' nodes whose membership is in this Redis (redis=HOST:PORT); default: an embedded silo.");
    private readonly Option<string[]> _inputs;

    /// <summary>
    /// Declares the options; <paramref name="trialsName"/> is <c>--trials-per-point</c> or <c>--trials</c>,
    /// <paramref name="inputsName"/> <c>--inputs</c> (inputs of <c>uncertainties:</c>) or <c>--only</c> (the tornado's uncertain inputs).
    /// </summary>
    public StudyCommandLine(string kind, string trialsName, int defaultTrials, string inputsName = "--inputs", string? trialsDescription = null, string? inputsDescription = null)
    {
        _trials = new Option<int>(trialsName)
        {
            Description = $"{trialsDescription ?? "Trials per point"} (1–{RunCommand.MaxTrials:N0}; default {defaultTrials:N0}).",
            DefaultValueFactory = _ => defaultTrials,
        };
        if (trialsName == "--trials")
        {
            _trials.Aliases.Add("-n");
        }

        _inputs = new Option<string[]>(inputsName)
        {
            Description = inputsDescription ?? "Vary only these inputs of the scenario's uncertainties: (paths or prefixes, comma-separated or repeated).",
            AllowMultipleArgumentsPerToken = false,
        };
        _trials.Validators.Add(r => IntOptionRange.Check(r, 1, RunCommand.MaxTrials, trialsName));
        _output = new Option<string?>("--out", "-o") { Description = $"Output folder (default: out/NAME-{kind}-TIMESTAMP). Must be empty or absent unless --force." };
        _language.AcceptOnlyFromAmong("en", "ja");
        _parallel.Validators.Add(r => IntOptionRange.Check(r, 0, 1024, "--parallel"));
    }

    /// <summary>Adds the options (with or without <c>--inputs</c>) and the --cluster/--in-process check to <paramref name="command"/>.</summary>
    public void AddTo(Command command, bool withInputs = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _trials, _seed, _output, _language, _force, _inProcess, _parallel, _cluster })
        {
            command.Options.Add(option);
        }

        if (withInputs)
        {
            command.Options.Add(_inputs);
        }

        command.Validators.Add(r =>
        {
            if (r.GetValue(_cluster) is not null && r.GetValue(_inProcess))
            {
                r.AddError("--cluster and --in-process exclude each other: --in-process runs without Orleans, in this process.");
            }
        });
    }

    /// <summary>The options as parsed.</summary>
    public StudyOptions Read(ParseResult parse, string scenario)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new StudyOptions
        {
            Scenario = scenario,
            TrialsPerPoint = parse.GetValue(_trials),
            Seed = parse.GetValue(_seed),
            Out = parse.GetValue(_output),
            Language = parse.GetValue(_language) ?? "en",
            Force = parse.GetValue(_force),
            InProcess = parse.GetValue(_inProcess),
            MaxParallelBlocks = parse.GetValue(_parallel),
            Cluster = parse.GetValue(_cluster),
            Inputs = SplitList(parse.GetValue(_inputs)),
        };
    }

    /// <summary>Items of a comma-separated or repeated option.</summary>
    public static IReadOnlyList<string> SplitList(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
