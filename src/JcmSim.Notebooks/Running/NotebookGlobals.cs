namespace JcmSim.Notebooks.Running;

/// <summary>
/// The globals of the notebook's script: what a .NET Interactive C# kernel offers that notebooks use,
/// so the same cells run under the kernel and under <c>jcmsim notebook run</c>.
/// </summary>
public sealed class NotebookGlobals
{
    internal CellOutputs? Current { get; set; }

    /// <summary>Shows <paramref name="value"/> as an output of the current cell (see <see cref="DisplayFormats"/>), as the kernel's <c>display</c> does.</summary>
#pragma warning disable IDE1006 // The kernel's name, lower case, so cells run unchanged under .NET Interactive.
    public void display(object? value) =>
#pragma warning restore IDE1006
        (Current ?? throw new InvalidOperationException("display() was called outside a running cell.")).Display(value);
}
