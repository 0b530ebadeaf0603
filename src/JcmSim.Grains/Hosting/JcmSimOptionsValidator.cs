using Microsoft.Extensions.Options;

namespace JcmSim.Grains.Hosting;

/// <summary>Rejects <see cref="JcmSimOptions"/> a silo cannot run with, when the silo starts.</summary>
internal sealed class JcmSimOptionsValidator : IValidateOptions<JcmSimOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, JcmSimOptions options)
    {
        var errors = new List<string>();
        if (options.MaxBlockAttempts < 1)
        {
            errors.Add($"{nameof(JcmSimOptions.MaxBlockAttempts)} must be at least 1 (is {options.MaxBlockAttempts}).");
        }

        if (options.BlockTimeout <= TimeSpan.Zero || options.BlockTimeout > JcmSimOptions.MaxBlockTimeout)
        {
            errors.Add($"{nameof(JcmSimOptions.BlockTimeout)} must be positive and at most {JcmSimOptions.MaxBlockTimeout} (is {options.BlockTimeout}).");
        }

        if (options.RetryDelay < TimeSpan.Zero)
        {
            errors.Add($"{nameof(JcmSimOptions.RetryDelay)} must not be negative (is {options.RetryDelay}).");
        }

        if (options.SiloLossTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{nameof(JcmSimOptions.SiloLossTimeout)} must be positive (is {options.SiloLossTimeout}).");
        }

        if (options.ScenarioCacheCapacity < 1)
        {
            errors.Add($"{nameof(JcmSimOptions.ScenarioCacheCapacity)} must be at least 1 (is {options.ScenarioCacheCapacity}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
