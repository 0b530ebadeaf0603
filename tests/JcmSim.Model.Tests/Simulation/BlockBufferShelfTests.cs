using JcmSim.Model.Simulation;

namespace JcmSim.Model.Tests.Simulation;

public sealed class BlockBufferShelfTests
{
    private sealed class Holder(int trials)
    {
        public int Trials { get; } = trials;
    }

    [Fact]
    public void A_kept_holder_goes_to_the_first_block_it_fits_and_only_to_it()
    {
        var shelf = new BlockBufferShelf<Holder>(TimeSpan.FromHours(1));
        var kept = new Holder(128);
        shelf.Put(kept);

        Assert.Null(shelf.TryTake(h => h.Trials == 64));
        Assert.Same(kept, shelf.TryTake(h => h.Trials == 128));
        Assert.Null(shelf.TryTake(h => h.Trials == 128));
    }

    [Fact]
    public void The_shelf_keeps_at_most_its_capacity_and_drops_the_oldest_first()
    {
        var shelf = new BlockBufferShelf<Holder>(TimeSpan.FromHours(1));
        var holders = Enumerable.Range(0, BlockBufferShelf<Holder>.Capacity + 3).Select(i => new Holder(i)).ToList();
        foreach (var holder in holders)
        {
            shelf.Put(holder);
        }

        Assert.Equal(BlockBufferShelf<Holder>.Capacity, shelf.Count);
        Assert.Null(shelf.TryTake(h => h.Trials < 3));
        Assert.Same(holders[^1], shelf.TryTake(h => h.Trials == holders.Count - 1));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3600, 1)]
    public void A_full_collection_drops_the_holders_idle_longer_than_the_shelf_keeps_them(int idleSeconds, int left)
    {
        var shelf = new BlockBufferShelf<Holder>(TimeSpan.FromSeconds(idleSeconds));
        shelf.Put(new Holder(128));

        // The shelf's sweeper reaches the oldest generation after surviving two collections.
        for (var i = 0; i < 4; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.Equal(left, shelf.Count);
    }

    [Fact]
    public void A_shelf_nobody_holds_is_collected_with_what_it_kept()
    {
        var shelf = Abandoned();

        for (var i = 0; i < 4; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(shelf.TryGetTarget(out _));
    }

    // In a method of its own, so that no local of the test keeps the shelf alive; tracked through resurrection,
    // so that a sweeper keeping the shelf alive from the finalization queue would show.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<BlockBufferShelf<Holder>> Abandoned()
    {
        var shelf = new BlockBufferShelf<Holder>(TimeSpan.FromHours(1));
        shelf.Put(new Holder(128));
        return new WeakReference<BlockBufferShelf<Holder>>(shelf, trackResurrection: true);
    }
}
