using JcmSim.Charts.Style;
using ScottPlot;
using SkiaSharp;

namespace JcmSim.Charts.Studies;

/// <summary>
/// Places the labels of scattered points so they neither overlap each other nor cover a point:
/// greedy, farthest points first, trying above/below and right/left of the point, then stepping
/// further up or down (with a thin leader line). Positions are taken from a render of the finished
/// layout in memory; Japanese charts move the vertical axis title above the data afterwards, which
/// changes the data area by a few percent, within the slack between label rows.
/// </summary>
internal sealed class PointLabels : IDisposable
{
    private const float Size = 12;
    private const float Margin = 3;
    private const float RowStep = Size + 8;
    private const float PointRadius = 7;
    private const int Steps = 30;

    private readonly SKTypeface _typeface = ChartFonts.OpenTypeface();
    private readonly SKFont _font;
    private readonly Plot _plot;
    private readonly PixelRect _area;
    private readonly List<SKRect> _taken = [];

    /// <summary>Prepares labels for <paramref name="plot"/>, whose axes, ticks, legend and limits must be final.</summary>
    public PointLabels(Plot plot)
    {
        _plot = plot;
        _font = new SKFont(_typeface, Size);
        plot.RenderInMemory(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight);
        _area = plot.RenderManager.LastRender.DataRect;
    }

    /// <summary>Adds the labels of <paramref name="points"/> to the plot.</summary>
    public void Add(IReadOnlyList<(double X, double Y, string Label)> points)
    {
        var plot = _plot;
        var pixels = points.Select(p => Pixel(p.X, p.Y)).ToList();
        _taken.AddRange(pixels.Select(p => new SKRect(p.X - PointRadius, p.Y - PointRadius, p.X + PointRadius, p.Y + PointRadius)));
        var order = Enumerable.Range(0, points.Count).OrderByDescending(i => Math.Pow(pixels[i].X - _area.Left, 2) + Math.Pow(_area.Bottom - pixels[i].Y, 2)).ToList();
        foreach (var i in order)
        {
            var (x, y, label) = points[i];
            var width = _font.MeasureText(label);
            var (dx, dy, right, rect) = Choose(pixels[i], width);
            _taken.Add(rect);
            if (Math.Abs(dy) > Size * 2)
            {
                // Far from its point: a leader line says whose label it is.
                var to = plot.GetCoordinates(new Pixel(pixels[i].X + dx, pixels[i].Y + dy - (Size / 2)));
                var leader = plot.Add.Line(x, y, to.X, to.Y);
                leader.Color = Color.FromHex("#A0A0A0");
                leader.LineWidth = 0.8f;
            }

            ChartStyle.AddNote(plot, label, x, y, right ? Alignment.LowerLeft : Alignment.LowerRight, offsetX: dx, offsetY: dy, size: Size);
        }
    }

    public void Dispose()
    {
        _font.Dispose();
        _typeface.Dispose();
    }

    private (float Dx, float Dy, bool Right, SKRect Rect) Choose(SKPoint point, float width)
    {
        (float, float, bool, SKRect)? fallback = null;
        for (var step = 0; step < Steps; step++)
        {
            foreach (var (right, up) in new[] { (true, true), (true, false), (false, true), (false, false) })
            {
                // Clear of the point horizontally, so the first row sits right beside it.
                var dx = right ? PointRadius + Margin + 2 : -(PointRadius + Margin + 2);
                var dy = up ? -4 - (step * RowStep) : Size + 8 + (step * RowStep);
                var left = right ? point.X + dx : point.X + dx - width;
                var rect = new SKRect(left - Margin, point.Y + dy - Size - Margin, left + width + Margin, point.Y + dy + Margin);
                fallback ??= (dx, dy, right, rect);
                if (rect.Left >= _area.Left && rect.Right <= _area.Right && rect.Top >= _area.Top && rect.Bottom <= _area.Bottom && !_taken.Any(t => t.IntersectsWith(rect)))
                {
                    return (dx, dy, right, rect);
                }
            }
        }

        return fallback!.Value;
    }

    private SKPoint Pixel(double x, double y)
    {
        var pixel = _plot.GetPixel(new Coordinates(x, y));
        return new SKPoint(pixel.X, pixel.Y);
    }
}
