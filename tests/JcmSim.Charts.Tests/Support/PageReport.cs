namespace JcmSim.Charts.Tests.Support;

/// <summary>What a page did when headless Chromium opened it.</summary>
/// <param name="Errors">Uncaught exceptions, console.error/assert calls and error log entries (failed loads).</param>
/// <param name="Requests">URL of every request the page made, the page itself included.</param>
/// <param name="Height">Full page height in CSS pixels.</param>
/// <param name="InlineSvgFigures">Number of figure elements holding an svg element, as parsed by the browser.</param>
internal sealed record PageReport(IReadOnlyList<string> Errors, IReadOnlyList<string> Requests, int Height, int InlineSvgFigures);
