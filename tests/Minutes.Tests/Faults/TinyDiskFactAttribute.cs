namespace Minutes.Tests.Faults;

/// <summary>
/// A fact that needs a <see cref="TinyDisk"/>: reported skipped, saying why, where this machine cannot mount a
/// tmpfs (no root or no CAP_SYS_ADMIN), never passed without having run.
/// </summary>
public sealed class TinyDiskFactAttribute : FactAttribute
{
    public TinyDiskFactAttribute()
    {
        if (TinyDisk.Unavailable is { } why)
        {
            Skip = $"cannot mount a tmpfs to fill or lock a disk: {why}";
        }
    }
}
