using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using JcmSim.Model.Distributions;

namespace JcmSim.Model.Scenarios;

/// <summary>
/// Refuses a scenario holding a number the model cannot simulate: an infinite or NaN value anywhere
/// in it (a scalar, a point of a year path, a distribution's parameter). Such a value makes the
/// model's loops meaningless (a Poisson draw with an infinite mean) rather than failing loudly, so
/// it is stopped when the scenario is compiled, with the value's path.
/// </summary>
/// <remarks>
/// The walk is by reflection over the scenario's records, so a field added to the model is checked
/// without being listed here. Paths follow the scenario format: property names in camel case, list
/// items by their <c>id</c> or <c>code</c> (else by index), dictionary and year-path entries by key.
/// The study ranges of <see cref="Scenario.Uncertainties"/> are not parameters the model runs with
/// (a study samples from them and bounds them itself), so they may be unbounded.
/// </remarks>
public static class ScenarioNumbers
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> KeyProperties = new();

    /// <summary>Throws unless every number <paramref name="scenario"/> holds is finite.</summary>
    /// <exception cref="NonFiniteParameterException">A value is infinite or NaN; the first found is named.</exception>
    public static void CheckFinite(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        foreach (var property in PropertiesOf(typeof(Scenario)))
        {
            if (property.Name != nameof(Scenario.Uncertainties))
            {
                Check(CamelCase(property.Name), property.GetValue(scenario));
            }
        }
    }

    private static void Check(string path, object? value)
    {
        switch (value)
        {
            case double number:
                if (!double.IsFinite(number))
                {
                    throw new NonFiniteParameterException(path, $"{Show(number)} is not a finite number");
                }

                return;
            case null or string or Enum or LocalizedText:
                return;
            case { } when value.GetType().IsPrimitive:
                return;
            case FixedDistribution fixedValue:
                Check(path, fixedValue.Value);
                return;
            case Distribution distribution:
                if (!distribution.HasFiniteParameters())
                {
                    throw new NonFiniteParameterException(path, $"{distribution.Describe()} has a parameter that is not a finite number");
                }

                return;
            case YearPath yearPath:
                foreach (var point in yearPath.Points)
                {
                    Check($"{path}.{point.FiscalYear.ToString(CultureInfo.InvariantCulture)}", point.Value);
                }

                return;
            case IReadOnlyDictionary<string, double> bySector:
                foreach (var (key, number) in bySector)
                {
                    Check($"{path}.{key}", number);
                }

                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Check($"{path}{ItemKey(item, index++)}", item);
                }

                return;
            case { } when value.GetType().Assembly == typeof(Scenario).Assembly:
                foreach (var property in PropertiesOf(value.GetType()))
                {
                    Check($"{path}.{CamelCase(property.Name)}", property.GetValue(value));
                }

                return;
            default:
                // Not the model's own type (none holds a model parameter today): nothing to walk.
                return;
        }
    }

    // The record's own data: public properties that are set (init) rather than computed.
    private static PropertyInfo[] PropertiesOf(Type type) => PropertiesByType.GetOrAdd(
        type,
        static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0).ToArray());

    // A sector or channel by its id, a country by its code, anything else by its position.
    private static string ItemKey(object? item, int index) =>
        item is not null && KeyProperties.GetOrAdd(item.GetType(), static t => t.GetProperty("Id") ?? t.GetProperty("Code"))?.GetValue(item) is string key
            ? $".{key}"
            : $"[{index.ToString(CultureInfo.InvariantCulture)}]";

    private static string CamelCase(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);

    private static string Show(double value) => value switch
    {
        double.PositiveInfinity => "+∞",
        double.NegativeInfinity => "−∞",
        _ => "NaN",
    };
}
