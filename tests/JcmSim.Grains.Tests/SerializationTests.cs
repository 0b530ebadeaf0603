using System.Collections;
using JcmSim.Grains.Blocks;
using JcmSim.Grains.Running;
using JcmSim.Grains.Scenarios;
using JcmSim.Model.Countries;
using JcmSim.Model.Finance;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Projects;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace JcmSim.Grains.Tests;

/// <summary>
/// The model's messages cross silos through the surrogates in JcmSim.Grains, and are passed by
/// reference within a silo. Actor grains sit next to their block grain, so the runs in the other
/// tests rarely put these messages on the wire: this checks the wire form directly.
/// </summary>
public sealed class SerializationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(serializer => serializer.AddAssembly(typeof(ScenarioHandle).Assembly))
        .BuildServiceProvider();

    public static TheoryData<string> Messages() => [.. Samples().Keys];

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_survives_the_wire(string name)
    {
        var message = Samples()[name];
        var serializer = _services.GetRequiredService<Serializer>();

        var bytes = serializer.SerializeToArray(message);
        var back = serializer.Deserialize<object>(bytes);

        Assert.IsType(message.GetType(), back);
        AssertSameShape(message, back, name);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_is_passed_by_reference_within_a_silo(string name)
    {
        var message = Samples()[name];
        var copier = _services.GetRequiredService<DeepCopier>();

        Assert.Same(message, copier.Copy(message));
    }

    [Fact]
    public void A_block_failure_keeps_its_type_and_message_on_the_wire()
    {
        var serializer = _services.GetRequiredService<Serializer>();
        var error = new BlockFailedException("Block 3 failed");

        var back = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(error));

        var failure = Assert.IsType<BlockFailedException>(back);
        Assert.Equal("Block 3 failed", failure.Message);
    }

    public void Dispose() => _services.Dispose();

    private static Dictionary<string, object> Samples()
    {
        var batch = new OpportunityBatch([0, 1, 3], [0, 1, 0], [0, 0, 1], [1.5, 2.5, double.NaN], [10, 20, 30], [10, 12, 15], [0.05, -0.01, 0.1]);
        var outcome = new CountryYearOutcome(2, [true, false], [2027, int.MaxValue], [2030, int.MaxValue], [0.25, 0.5], [0.01, 0.02], batch);
        var book = OpportunityBook.From(2030, [outcome], new OpportunityBatch[1], new double[1][], new int[2], new int[1][], new double[1][]);
        var decisions = new FundingDecisions(1, 2, [0, 1], [0, 0], [0, 2], [1e9, 0], [2e9, 3e9], [0.6, 1]);
        var funded = new FundedProjects(2030, 2, [0, 1], [2, 2], [0, 1], [1, 0], [0, 1], [1000, 2000.5], [10, 15], [0.6, 0.7], [0, 2]);
        var input = new PortfolioYearInput(2030, [[2027, 2028], [int.MaxValue, 2029]], [[2030, 2040], [int.MaxValue, int.MaxValue]], [[0.2, 0.3], [0.4, 0.5]], funded);
        var result = new TrialBlockResult(64, 2, 2, 2013, 3, 4, TargetReading.CreditsIssued);
        result.CumulativeMt[1][1] = 12.5;
        result.Reading(TargetReading.ExpectedReductions)[0][0] = 20.25;
        result.JapanItmoMt[0][1] = -0.0;
        result.FirstYearMet[1][0] = 2031;
        result.ProjectsFunded[1] = 7;
        result.PartnersActive[0] = 3;
        result.Annual[3][result.At(2, 1)] = 0.125;
        var handle = ScenarioHandle.FromJson("{\"name\":\"x\"}");
        var setup = new BlockSetup(handle, 42, 64, 2);
        return new Dictionary<string, object>
        {
            ["opportunity batch"] = batch,
            ["country year outcome"] = outcome,
            ["opportunity book"] = book,
            ["funding decisions"] = decisions,
            ["funded projects"] = funded,
            ["portfolio year input"] = input,
            ["trial block result"] = result,
            ["scenario handle"] = handle,
            ["block setup"] = setup,
            ["block request"] = new BlockRequest("run", 3, 2, setup),
            ["run request"] = new RunRequest(handle, 42, 1000, 64, 4, 2),
        };
    }

    /// <summary>Same public properties, compared value by value (arrays element by element, doubles bit by bit).</summary>
    private static void AssertSameShape(object? expected, object? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.Null(actual);
                return;
            case double d:
                Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(actual)));
                return;
            case string or int or ulong or bool:
                Assert.Equal(expected, actual);
                return;
            case IList list:
                var other = Assert.IsAssignableFrom<IList>(actual);
                Assert.Equal(list.Count, other.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSameShape(list[i], other[i], $"{path}[{i}]");
                }

                return;
        }

        Assert.NotNull(actual);
        var properties = expected.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
        foreach (var property in properties)
        {
            AssertSameShape(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }
}
