using JcmSim.Grains.Hosting;
using JcmSim.Grains.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// The namespace of the host builders, as Orleans' own providers do, so the method is found
// wherever a silo is configured.
namespace Microsoft.Extensions.Hosting;

/// <summary>Registers JcmSim in an Orleans silo.</summary>
public static class JcmSimSiloBuilderExtensions
{
    /// <summary>
    /// Adds what JcmSim's grains need in a silo (the compiled-scenario cache and the run options).
    /// Used alike by the CLI's embedded silo, cluster silos, tests and notebooks:
    /// <c>silo.UseLocalhostClustering().AddJcmSim()</c>.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Adjusts <see cref="JcmSimOptions"/>; null keeps the defaults.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddJcmSim(this ISiloBuilder builder, Action<JcmSimOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<JcmSimOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JcmSimOptions>, JcmSimOptionsValidator>());
        builder.Services.TryAddSingleton<CompiledScenarioCache>();
        return builder;
    }
}
