namespace JcmSim.Model.Credits;

/// <summary>
/// When the reductions of one project (or of one existing cohort, in expectation) are credited
/// (MODEL.md §Credits): the project registers some years after it starts operating, monitors in
/// periods, requests issuance at the end of each period, and the Joint Committee decides some years
/// later. Only a share of projects ever request issuance.
/// </summary>
/// <param name="RegistrationYear">First fiscal year whose reductions can be credited (registration).</param>
/// <param name="FirstMonitoringPeriodYears">Years of reductions the first issuance request covers, ≥ 1 (late first requests cover many years).</param>
/// <param name="MonitoringPeriodYears">Years each later request covers, ≥ 1.</param>
/// <param name="DecisionLagYears">Years from the end of a monitoring period to the issuance decision (verification, Joint Committee), ≥ 0.</param>
/// <param name="RequestedShare">Share of the reductions for which issuance is ever requested: 0 or 1 for a project, the request probability for a cohort.</param>
public readonly record struct IssuanceSchedule(int RegistrationYear, int FirstMonitoringPeriodYears, int MonitoringPeriodYears, int DecisionLagYears, double RequestedShare)
{
    /// <summary>What <see cref="DecisionYear"/> returns for a reduction that is never credited.</summary>
    public const int Never = int.MaxValue;

    /// <summary>
    /// The fiscal year of the issuance decision for the reductions of <paramref name="vintage"/>, or
    /// <see cref="Never"/> before registration or when no request is made. Monitoring periods run
    /// [R, R + F − 1], then [R + F + kM, R + F + (k+1)M − 1]; the decision comes L years after a
    /// period's last year.
    /// </summary>
    public int DecisionYear(int vintage)
    {
        if (RequestedShare <= 0 || vintage < RegistrationYear)
        {
            return Never;
        }

        var periodEnd = RegistrationYear + Math.Max(1, FirstMonitoringPeriodYears);
        if (vintage >= periodEnd)
        {
            var period = Math.Max(1, MonitoringPeriodYears);
            periodEnd += (((vintage - periodEnd) / period) + 1) * period;
        }

        return periodEnd - 1 + DecisionLagYears;
    }
}
