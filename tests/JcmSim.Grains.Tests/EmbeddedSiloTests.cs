using JcmSim.Grains.Hosting;
using Microsoft.Extensions.Options;

namespace JcmSim.Grains.Tests;

public sealed class EmbeddedSiloTests
{
    [Fact]
    public async Task Invalid_options_stop_the_silo_from_starting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => EmbeddedSilo.StartAsync(silo => silo.Configure<JcmSimOptions>(o => o.MaxBlockAttempts = 0)));

        var validation = Assert.IsType<OptionsValidationException>(Innermost(error, e => e is OptionsValidationException));
        Assert.Contains(nameof(JcmSimOptions.MaxBlockAttempts), validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silo_loss_timeout_that_is_not_positive_stops_the_silo_from_starting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => EmbeddedSilo.StartAsync(silo => silo.Configure<JcmSimOptions>(o => o.SiloLossTimeout = TimeSpan.Zero)));

        var validation = Assert.IsType<OptionsValidationException>(Innermost(error, e => e is OptionsValidationException));
        Assert.Contains(nameof(JcmSimOptions.SiloLossTimeout), validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_run_request_is_rejected_before_any_block_runs()
    {
        await using var silo = await EmbeddedSilo.StartAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in Running.GrainRunner.RunAsync(silo.Grains, TestScenarios.Grains(), 1, new Model.Simulation.TrialPlan(10, 0), 0))
            {
            }
        });
    }

    private static Exception? Innermost(Exception? exception, Func<Exception, bool> match) => exception switch
    {
        null => null,
        _ when match(exception) => exception,
        AggregateException aggregate => aggregate.InnerExceptions.Select(e => Innermost(e, match)).FirstOrDefault(e => e is not null),
        _ => Innermost(exception.InnerException, match),
    };
}
