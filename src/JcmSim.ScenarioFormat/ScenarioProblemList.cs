namespace JcmSim.ScenarioFormat;

/// <summary>The problems <see cref="ScenarioValidator"/> has found so far, in the order found.</summary>
internal sealed class ScenarioProblemList
{
    private readonly List<ScenarioProblem> _problems = [];

    /// <summary>How many problems were found.</summary>
    public int Count => _problems.Count;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ScenarioProblem> All => _problems;

    /// <summary>Adds <paramref name="problem"/> unless it is null (a rule that holds returns null).</summary>
    public void Add(ScenarioProblem? problem)
    {
        if (problem is not null)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Adds each problem that is not null (a rule that holds returns null).</summary>
    public void Add(params ScenarioProblem?[] problems) => _problems.AddRange(problems.OfType<ScenarioProblem>());
}
