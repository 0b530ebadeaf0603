namespace JcmSim.Charts.Tests.Support;

/// <summary>Test classes sharing <see cref="SampleResultsFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SampleResultsCollection : ICollectionFixture<SampleResultsFixture>
{
    public const string Name = "sample results";
}
