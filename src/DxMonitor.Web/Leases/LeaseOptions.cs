using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Leases;

/// <summary>How long a lease on background work lasts and how often its holder renews it (section "Leases").</summary>
public sealed class LeaseOptions : IValidatableObject
{
    public const string Section = "Leases";

    /// <summary>How long a lease holds without renewal: an instance that dies is replaced at most this long (plus <see cref="RenewEvery"/>) later.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the holder renews its leases, and others try to take free ones.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RenewEvery * 2 > Duration)
        {
            yield return new ValidationResult(
                "Leases:RenewEvery must be at most half of Leases:Duration, so that one late renewal does not lose the lease.", [nameof(RenewEvery)]);
        }
    }
}
