using System.Globalization;

namespace JThreading;

/// <summary>How keep-alive entries and threads read in reports and thread dumps.</summary>
internal static class KeepAliveText
{
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
            $"\"{thread.GetName()}\" #{thread.ThreadId()}{(thread.IsDaemon() ? " daemon" : string.Empty)} prio={thread.GetPriority()} state={thread.GetState()} group={thread.Group.GetName()}");
}
