using JcmSim.Model.Scenarios;

namespace JcmSim.Explorer;

/// <summary>A scenario as the page's chooser and sliders need it.</summary>
/// <param name="Name">Its name in the folder.</param>
/// <param name="Title">Its title in English and Japanese.</param>
/// <param name="Question">The question it asks, in English and Japanese.</param>
/// <param name="Reading">The reading the targets are tested against.</param>
/// <param name="Targets">The targets.</param>
/// <param name="Levers">The inputs the page offers.</param>
public sealed record ScenarioView(string Name, LocalizedText Title, LocalizedText Question, string Reading, IReadOnlyList<ReductionTarget> Targets, IReadOnlyList<ExplorerLever> Levers);
