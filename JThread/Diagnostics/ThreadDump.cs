using System.Globalization;
using System.Runtime.CompilerServices;

namespace JThreading;

/// <summary>
/// The text of <see cref="JRuntime.DumpThreads(TextWriter)"/>, of the SIGQUIT dump and of the keep-alive report: one
/// line per live thread and per keep-alive entry.
/// </summary>
internal static class ThreadDump
{
    /// <summary>Writes the whole dump: every live thread, then what keeps the process alive.</summary>
    internal static void Write(TextWriter writer)
    {
        var now = DateTimeOffset.UtcNow;
        writer.WriteLine($"Full thread dump (JThread), {now:O}:");
        foreach (var thread in LiveThreads.Snapshot())
        {
            writer.WriteLine(Describe(thread));
        }

        foreach (var (hook, osThreadId) in ProcessLifetime.HookRunners())
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"\"JThread shutdown hook runner\" nid=0x{osThreadId:x} daemon parked, ready to run hook \"{hook}\""));
        }

        var entries = ProcessLifetime.Snapshot();
        writer.WriteLine($"Keeping the process alive ({entries.Count}):");
        foreach (var entry in entries)
        {
            writer.WriteLine("  " + Describe(entry, now));
        }

        writer.Flush();
    }

    internal static string Describe(KeepAliveEntry entry, DateTimeOffset now)
    {
        var age = (now - entry.Since).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        return entry.Kind == KeepAliveKind.Thread
            ? $"thread \"{entry.Name}\" #{entry.ThreadId} (non-daemon), alive for {age} s"
            : $"lease \"{entry.Name}\", held for {age} s";
    }

    internal static string Describe(JThread thread) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"\"{thread.GetName()}\" #{thread.ThreadId()} nid=0x{thread.OsThreadId:x}{(thread.IsDaemon() ? " daemon" : string.Empty)} prio={thread.GetPriority()} state={thread.GetState()} group={thread.Group.GetName()}{(thread.Blocker is { } blocker ? $" parking to wait for <0x{RuntimeHelpers.GetHashCode(blocker):x8}> (a {blocker.GetType()})" : string.Empty)}");
}
