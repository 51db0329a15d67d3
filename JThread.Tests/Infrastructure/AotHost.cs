using System.Diagnostics;

namespace JThreading.Tests;

/// <summary>
/// <c>JThread.Tests.Host</c> published with NativeAOT, for the exit tests whose host behaves differently there
/// (ProcessExit is raised on the exiting thread, not on the finalizer). Published on first use, once per test run,
/// into <c>JThread.Tests.Host/bin/nativeaot/</c>; a publish that fails fails the tests that need it, with its output.
/// </summary>
internal static class AotHost
{
    private static readonly Lazy<string> s_executable = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Executable => s_executable.Value;

    private static string Publish()
    {
        var project = Path.Combine(HostProcess.RepositoryRoot, "JThread.Tests.Host", "JThread.Tests.Host.csproj");
        var output = Path.Combine(HostProcess.RepositoryRoot, "JThread.Tests.Host", "bin", "nativeaot");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Release, so no clash with the Debug build the tests run from; no build servers, which would outlive the
        // publish holding its output pipes open.
        foreach (var arg in new[]
        {
            "publish", project, "-c", "Release", "-p:JThreadTestsNativeAot=true", "-o", output, "--disable-build-servers",
            "-nologo",
        })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the NativeAOT publish of JThread.Tests.Host did not end in 10 minutes");
        }

        var executable = Path.Combine(output, OperatingSystem.IsWindows() ? "JThread.Tests.Host.exe" : "JThread.Tests.Host");
        Assert.True(
            process.ExitCode == 0 && File.Exists(executable),
            $"the NativeAOT publish of JThread.Tests.Host failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        return executable;
    }
}
