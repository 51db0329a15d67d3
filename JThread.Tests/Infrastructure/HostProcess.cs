using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace JThreading.Tests;

/// <summary>
/// A child process running one scenario of <c>JThread.Tests.Host</c>, or a built sample program, for the tests about
/// process exit. Collects standard output and error, can send a signal, and is killed on dispose if it is still running.
/// </summary>
internal sealed partial class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly object _outputLock = new();
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _errorClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process) => _process = process;

    /// <summary>Standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_outputLock)
            {
                return _error.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>Starts <c>JThread.Tests.Host scenario args...</c>.</summary>
    /// <param name="scenario">A method of <see cref="Scenarios"/>, named as a method group so that a renamed or missing scenario fails the build.</param>
    /// <param name="args">The scenario's arguments.</param>
    /// <param name="environment">Extra environment variables for the child.</param>
    public static HostProcess Start(Func<string[], int> scenario, IEnumerable<string>? args = null, IDictionary<string, string>? environment = null) =>
        Launch(BuiltExecutable("JThread.Tests.Host", "JThread.Tests.Host"), [ScenarioName(scenario), .. args ?? []], environment);

    /// <summary>
    /// Starts a scenario whose standard output is redirected but never read, so that the pipe fills and a writer in the
    /// child blocks; <see cref="Output"/> stays empty.
    /// </summary>
    public static HostProcess StartWithUnreadOutput(Func<string[], int> scenario, params string[] args) =>
        Launch(BuiltExecutable("JThread.Tests.Host", "JThread.Tests.Host"), [ScenarioName(scenario), .. args], null, readOutput: false);

    /// <summary>
    /// Starts a scenario as a shell's background job does (<c>cmd &amp;</c>): with SIGINT and SIGQUIT ignored, which the
    /// child inherits and keeps (the host does not take the default dispositions back).
    /// </summary>
    public static HostProcess StartWithSignalsIgnored(Func<string[], int> scenario, params string[] args) =>
        Launch(
            "/bin/sh",
            ["-c", "trap '' INT QUIT; exec \"$0\" \"$@\"", BuiltExecutable("JThread.Tests.Host", "JThread.Tests.Host"), ScenarioName(scenario), .. args],
            new Dictionary<string, string> { ["JTHREAD_TEST_INHERITED_SIGNALS"] = "1" });

    /// <summary>Starts the built sample <c>samples/&lt;name&gt;</c> with <paramref name="args"/>.</summary>
    public static HostProcess StartSample(string name, params string[] args) =>
        Launch(BuiltExecutable(Path.Combine("samples", name), name), args, null);

    /// <summary>Starts a scenario of <c>JThread.Tests.Host</c> published with NativeAOT (published once per test run).</summary>
    public static HostProcess StartAot(Func<string[], int> scenario, params string[] args) =>
        Launch(AotHost.Executable, [ScenarioName(scenario), .. args], null);

    /// <summary>Runs a NativeAOT scenario to its end; fails the test if it does not end in time.</summary>
    public static HostProcess RunAot(Func<string[], int> scenario, params string[] args) =>
        Ended(StartAot(scenario, args), $"NativeAOT scenario {ScenarioName(scenario)}");

    /// <summary>Starts a scenario on the runtime named: <c>coreclr</c> or <c>nativeaot</c>.</summary>
    public static HostProcess StartOn(string runtime, Func<string[], int> scenario, params string[] args) =>
        runtime == "nativeaot" ? StartAot(scenario, args) : Start(scenario, args);

    /// <summary>Runs a scenario on the runtime named (<c>coreclr</c> or <c>nativeaot</c>) to its end.</summary>
    public static HostProcess RunOn(string runtime, Func<string[], int> scenario, params string[] args) =>
        runtime == "nativeaot" ? RunAot(scenario, args) : Run(scenario, args);

    /// <summary>Runs a scenario to its end and returns it; fails the test if it does not end within <see cref="TestTimeouts.UnexpectedTimeout"/>.</summary>
    public static HostProcess Run(Func<string[], int> scenario, IEnumerable<string>? args = null, IDictionary<string, string>? environment = null) =>
        Ended(Start(scenario, args, environment), $"scenario {ScenarioName(scenario)}");

    /// <summary>Runs a sample to its end; fails the test if it does not end within <see cref="TestTimeouts.UnexpectedTimeout"/>.</summary>
    public static HostProcess RunSample(string name, params string[] args) =>
        Ended(StartSample(name, args), $"sample {name} {string.Join(' ', args)}");

    /// <summary>Waits for the process to end and for its output to be read to the end.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        Task.WaitAll([_outputClosed.Task, _errorClosed.Task], TestTimeouts.UnexpectedTimeout);
        return true;
    }

    /// <summary>Waits until standard output has a line equal to <paramref name="line"/>; fails the test otherwise.</summary>
    public void WaitForLine(string line)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TestTimeouts.UnexpectedTimeout)
        {
            if (Output.Split('\n').Any(l => l.TrimEnd('\r') == line))
            {
                return;
            }

            if (_process.HasExited && _outputClosed.Task.IsCompleted)
            {
                break;
            }

            Thread.Sleep(10);
        }

        Assert.Fail($"no line '{line}' in the output.\nstdout:\n{Output}\nstderr:\n{Error}");
    }

    /// <summary>Closes the child's standard input, so that its next <c>Console.In.ReadLine()</c> returns <see langword="null"/>.</summary>
    /// <remarks>How a test tells a waiting child to go on, once it has observed what it wanted.</remarks>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>
    /// Asserts that the child is still running after <see cref="TestTimeouts.StaysAlive"/>, then closes its input and
    /// asserts that it ends in time: for a child that something holds open until its input closes.
    /// </summary>
    public void AssertHeldUntilInputCloses()
    {
        Assert.False(WaitForExit(TestTimeouts.StaysAlive), $"the process ended while it should have been held.\n{this}");
        CloseInput();
        Assert.True(WaitForExit(TestTimeouts.UnexpectedTimeout), $"the process did not end once its input closed.\n{this}");
    }

    /// <summary>Sends a POSIX signal (2 = SIGINT, 15 = SIGTERM, 1 = SIGHUP, 3 = SIGQUIT).</summary>
    public void Signal(int signal) => Assert.Equal(0, SendSignal(_process.Id, signal));

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TestTimeouts.UnexpectedTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    public override string ToString() => $"exit code {(_process.HasExited ? _process.ExitCode : "(running)")}\nstdout:\n{Output}\nstderr:\n{Error}";

    /// <summary>Output lines without line-ending noise.</summary>
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private void Append(StringBuilder target, string? data, TaskCompletionSource closed)
    {
        if (data is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (_outputLock)
        {
            target.Append(data).Append('\n');
        }
    }

    private static HostProcess Launch(string executable, IEnumerable<string> args, IDictionary<string, string>? environment, bool readOutput = true)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The report of what keeps a process alive is off unless asked for; tests that want it set it.
        info.Environment.Remove("JTHREAD_KEEPALIVE_REPORT_SECONDS");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        // A JVM announces these options on standard error ("Picked up ..."), which would spoil the comparisons.
        info.Environment.Remove("JAVA_TOOL_OPTIONS");
        info.Environment.Remove("_JAVA_OPTIONS");
        info.Environment.Remove("JDK_JAVA_OPTIONS");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) => host.Append(host._output, e.Data, host._outputClosed);
        process.ErrorDataReceived += (_, e) => host.Append(host._error, e.Data, host._errorClosed);
        process.Start();
        if (readOutput)
        {
            process.BeginOutputReadLine();
        }
        else
        {
            host._outputClosed.TrySetResult();
        }

        process.BeginErrorReadLine();
        return host;
    }

    private static string ScenarioName(Func<string[], int> scenario)
    {
        var method = scenario.Method;
        Assert.True(method.IsStatic && method.DeclaringType == typeof(Scenarios), $"{method.Name} is not a scenario of {nameof(Scenarios)}");
        return method.Name;
    }

    private static HostProcess Ended(HostProcess host, string what)
    {
        if (!host.WaitForExit(TestTimeouts.UnexpectedTimeout))
        {
            // The caller never gets the host to dispose, so the hung child is killed here.
            var message = $"{what} did not end in time.\nstdout:\n{host.Output}\nstderr:\n{host.Error}";
            host.Dispose();
            Assert.Fail(message);
        }

        return host;
    }

    /// <summary>The executable a project referenced by the tests built, at <c>&lt;projectDirectory&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/</c>.</summary>
    private static string BuiltExecutable(string projectDirectory, string name)
    {
        // The tests' output is .../JThread.Tests/bin/<Configuration>/<tfm>/; the referenced projects build to the same shape.
        var testOutput = TestOutputDirectory;
        var tfm = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var fileName = OperatingSystem.IsWindows() ? name + ".exe" : name;
        var path = Path.Combine(RepositoryRoot, projectDirectory, "bin", configuration, tfm, fileName);
        Assert.True(File.Exists(path), $"{name} was not built: {path}");
        return path;
    }

    private static DirectoryInfo TestOutputDirectory => new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>The repository's root: the tests run from <c>&lt;root&gt;/JThread.Tests/bin/&lt;Configuration&gt;/&lt;tfm&gt;/</c>.</summary>
    public static string RepositoryRoot => TestOutputDirectory.Parent!.Parent!.Parent!.Parent!.FullName;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
