using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Explorer;

/// <summary>A checked request: the reference, the variant the moved inputs make, and the variant's scenario file.</summary>
/// <param name="Reference">The reference scenario.</param>
/// <param name="Variant">The scenario to estimate: the reference when nothing moved.</param>
/// <param name="VariantCompiled">The variant's compiled form.</param>
/// <param name="Yaml">The variant as a scenario file that extends the reference.</param>
/// <param name="Changed">False when no input moved (the variant is the reference).</param>
internal sealed record PreparedEstimate(ExplorerScenario Reference, Scenario Variant, CompiledScenario VariantCompiled, string Yaml, bool Changed);
