using System.Diagnostics;

namespace Minutes.Tests.Faults;

/// <summary>
/// A tmpfs of a few megabytes mounted on a temp folder: a disk that fills up, or turns read-only, on
/// demand. Needs root (the CI and this machine run tests as root); unmounted on dispose.
/// </summary>
internal sealed class TinyDisk : IDisposable
{
    public TinyDisk(int megabytes)
    {
        Path = FaultCorpus.NewTempFolder("disk");
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", Path);
    }

    public string Path { get; }

    /// <summary>
    /// Whether this machine lets the tests mount a tmpfs (root with CAP_SYS_ADMIN); null when it does,
    /// else why not. Checked once per run.
    /// </summary>
    public static string? Unavailable => Probe.Value;

    private static readonly Lazy<string?> Probe = new(() =>
    {
        try
        {
            using var disk = new TinyDisk(1);
            return null;
        }
        catch (Exception ex)
        {
            return ex.Message;
        }
    });

    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void MakeWritable() => Run("mount", "-o", "remount,rw", Path);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        FaultCorpus.DeleteQuietly(Path);
    }

    private static void Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Trim()} (the disk fault tests mount a tmpfs and need root)");
    }
}
