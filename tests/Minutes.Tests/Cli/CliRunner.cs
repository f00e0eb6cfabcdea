using System.Diagnostics;

namespace Minutes.Tests.Cli;

/// <summary>Runs the built <c>minutes</c> command as a real process, as an operator would.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables, e.g. <c>Llm__Endpoint</c>.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the command with its output redirected, for callers that wait (or kill) themselves.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Process.Start(StartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "minutes.dll"), .. args], environment))!;

    /// <summary>
    /// Starts the command as a child of a shell, as <c>dotnet run</c> or an operator's script would: killing
    /// the returned shell leaves the command running (find it with <see cref="Children"/> first).
    /// </summary>
    public static Process StartUnderShell(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Process.Start(StartInfo("/bin/sh", ["-c", "dotnet \"$@\"; exit $?", "sh", Path.Combine(AppContext.BaseDirectory, "minutes.dll"), .. args], environment))!;

    /// <summary>The running child processes of <paramref name="pid"/> (Linux).</summary>
    public static IReadOnlyList<Process> Children(int pid)
    {
        var children = new List<Process>();
        var listing = $"/proc/{pid}/task/{pid}/children";
        foreach (var child in File.Exists(listing) ? File.ReadAllText(listing).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
        {
            try
            {
                children.Add(Process.GetProcessById(int.Parse(child, System.Globalization.CultureInfo.InvariantCulture)));
            }
            catch (ArgumentException)
            {
                // Exited in the meantime.
            }
        }

        return children;
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Ingest__Pdf__CacheFolder"] = Path.Combine(Path.GetTempPath(), "minutes-tests-ocr");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
