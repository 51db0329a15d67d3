using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JThreading.Tests;

/// <summary>
/// The Java and Python versions of a lesson: <c>java File.java</c> on a JDK 21 or later and <c>python3 file.py</c>, started
/// as child processes like the C# one, so that a test can compare the three.
/// </summary>
internal sealed partial class HostProcess
{
    /// <summary>The oldest JDK whose source launcher runs the lessons (they use Java 21's API).</summary>
    public const int MinimumJavaVersion = 21;

    private static readonly Lazy<string?> s_java = new(FindJava);
    private static readonly Lazy<string?> s_python = new(FindPython);
    private static readonly Lazy<bool> s_envResetsSignals = new(EnvResetsSignals);

    /// <summary>The <c>java</c> launcher of a JDK 21+ found through <c>JAVA_HOME</c>, <c>PATH</c> or the usual JVM folders, or <see langword="null"/>.</summary>
    public static string? Java => s_java.Value;

    /// <summary>A Python 3 interpreter on <c>PATH</c>, or <see langword="null"/>.</summary>
    public static string? Python => s_python.Value;

    /// <summary>Where <see cref="Java"/> is looked for, for a skip message.</summary>
    public static string JavaSearchPlaces => $"JAVA_HOME, PATH, {Path.Combine(JvmFolder.Parent, "*", JvmFolder.HomeInside)}";

    /// <summary>Starts the built sample <c>samples/&lt;name&gt;</c>; <paramref name="terminalSignals"/> as for <see cref="StartJava"/>.</summary>
    public static HostProcess StartSample(string name, bool terminalSignals, params string[] args) =>
        Launch(BuiltExecutable(Path.Combine("samples", name), name), args, terminalSignals);

    /// <summary>Starts <c>java sourceFile args...</c>: the JDK's source launcher compiles the file in memory and runs it.</summary>
    /// <param name="sourceFile">The file, relative to the repository root.</param>
    /// <param name="args">The program's arguments.</param>
    /// <param name="terminalSignals">
    /// Whether the child must react to Ctrl+C as a program started from a terminal does, even when this test run was
    /// started in the background (which makes every child ignore SIGINT).
    /// </param>
    public static HostProcess StartJava(string sourceFile, IEnumerable<string> args, bool terminalSignals = false) =>
        Launch(Java ?? throw new InvalidOperationException("no JDK " + MinimumJavaVersion + "+"), [Path.Combine(RepositoryRoot, sourceFile), .. args], terminalSignals);

    /// <summary>Starts <c>python3 sourceFile args...</c>; the parameters are those of <see cref="StartJava"/>.</summary>
    public static HostProcess StartPython(string sourceFile, IEnumerable<string> args, bool terminalSignals = false) =>
        Launch(Python ?? throw new InvalidOperationException("no python3"), [Path.Combine(RepositoryRoot, sourceFile), .. args], terminalSignals);

    private static HostProcess Launch(string executable, IEnumerable<string> args, bool terminalSignals)
    {
        // `env --default-signal` takes back SIGINT's default disposition, then execs the program in the same process.
        if (terminalSignals && s_envResetsSignals.Value)
        {
            return Launch("/usr/bin/env", ["--default-signal=INT", executable, .. args], null);
        }

        return Launch(executable, args, null);
    }

    /// <summary>The folder that holds one folder per installed JDK, and where a JDK's home is inside its folder.</summary>
    private static (string Parent, string HomeInside) JvmFolder =>
        OperatingSystem.IsMacOS() ? ("/Library/Java/JavaVirtualMachines", "Contents/Home")
        : OperatingSystem.IsWindows() ? (Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "Java"), string.Empty)
        : ("/usr/lib/jvm", string.Empty);

    private static string? FindJava()
    {
        var homes = new List<string>();
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } javaHome)
        {
            homes.Add(javaHome);
        }

        if (OnPath("java") is { } onPath)
        {
            // PATH usually holds a link (/usr/bin/java -> /etc/alternatives/java -> <home>/bin/java).
            var target = File.ResolveLinkTarget(onPath, returnFinalTarget: true)?.FullName ?? onPath;
            homes.Add(Path.GetDirectoryName(Path.GetDirectoryName(target))!);
        }

        var (parent, homeInside) = JvmFolder;
        if (Directory.Exists(parent))
        {
            homes.AddRange(Directory.GetDirectories(parent).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, homeInside)));
        }

        // The first suitable home in that order, so that JAVA_HOME wins when it is recent enough.
        return homes.Select(home => Path.Combine(home, "bin", OperatingSystem.IsWindows() ? "java.exe" : "java"))
            .FirstOrDefault(java => File.Exists(java) && IsJdk(Path.GetDirectoryName(Path.GetDirectoryName(java))!));
    }

    /// <summary>Whether <paramref name="home"/> is a JDK (it has the compiler the source launcher needs) of a recent enough version.</summary>
    private static bool IsJdk(string home)
    {
        var release = Path.Combine(home, "release");
        if (!File.Exists(release))
        {
            return false;
        }

        var text = File.ReadAllText(release);
        var version = Regex.Match(text, "^JAVA_VERSION=\"(\\d+)", RegexOptions.Multiline);
        return version.Success
            && int.Parse(version.Groups[1].Value, CultureInfo.InvariantCulture) >= MinimumJavaVersion
            && text.Contains("jdk.compiler", StringComparison.Ordinal);
    }

    private static string? FindPython()
    {
        foreach (var name in OperatingSystem.IsWindows() ? ["python3.exe", "python.exe"] : new[] { "python3" })
        {
            if (OnPath(name) is { } python && Succeeds(python, "-c", "import sys; sys.exit(0 if sys.version_info >= (3, 8) else 1)"))
            {
                return python;
            }
        }

        return null;
    }

    private static bool EnvResetsSignals() =>
        OperatingSystem.IsLinux() && File.Exists("/usr/bin/env") && Succeeds("/usr/bin/env", "--default-signal=INT", "true");

    private static string? OnPath(string fileName) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, fileName))
            .FirstOrDefault(File.Exists);

    private static bool Succeeds(string executable, params string[] args)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            return process.WaitForExit(TestTimeouts.UnexpectedTimeout) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
