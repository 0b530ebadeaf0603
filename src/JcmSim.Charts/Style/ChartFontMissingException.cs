namespace JcmSim.Charts.Style;

/// <summary>The chart typeface (Noto Sans CJK, Debian fonts-noto-cjk) is not installed.</summary>
public sealed class ChartFontMissingException(string message) : Exception(message);
