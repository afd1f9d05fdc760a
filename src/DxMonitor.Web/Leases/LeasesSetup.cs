namespace DxMonitor.Web.Leases;

public static class LeasesSetup
{
    /// <summary>Registers <see cref="Leases"/> with its options ("Leases"), checked at start-up.</summary>
    public static void AddLeases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LeaseOptions>().BindConfiguration(LeaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Leases>();
    }
}
