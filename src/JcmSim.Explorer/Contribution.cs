using JcmSim.Model.Scenarios;

namespace JcmSim.Explorer;

/// <summary>A channel's or country's share of the cumulative: its mean realised reductions from the accounting start to a year, MtCO2 (means add up).</summary>
/// <param name="Id">Channel id or country code; <c>others</c> for the rest.</param>
/// <param name="Name">Its name in English and Japanese.</param>
/// <param name="MeanMt">Mean cumulative reductions, MtCO2.</param>
public sealed record Contribution(string Id, LocalizedText Name, double MeanMt);
