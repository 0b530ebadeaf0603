using JcmSim.Analysis.Results;

namespace JcmSim.Charts.Tests.Support;

/// <summary>The sample result folders (three scenarios, and the first alone), written once per test run.</summary>
public sealed class SampleResultsFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    internal RunResults Three { get; private set; } = null!;

    internal RunResults One { get; private set; } = null!;

    internal string ThreeFolder => _temp.Combine("three");

    internal string OneFolder => _temp.Combine("one");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ThreeFolder);
        Directory.CreateDirectory(OneFolder);
        await SampleRun.WriteAsync(ThreeFolder, scenarios: 3);
        await SampleRun.WriteAsync(OneFolder, scenarios: 1);
        Three = await RunResults.LoadAsync(ThreeFolder);
        One = await RunResults.LoadAsync(OneFolder);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
