using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace JThreading.Tests.Host;

/// <summary>
/// An <see cref="EventListener"/> on the <c>JThreading</c> event source: keeps each event as one line,
/// <c>EventName payload1 payload2 ...</c>, and hands it to an optional callback on the writing thread.
/// </summary>
public sealed class JThreadEventRecorder : EventListener
{
    private readonly ConcurrentQueue<EventWrittenEventArgs> _events = new();
    private readonly EventKeywords _keywords;
    private readonly Action<string>? _onEvent;
    private readonly ConcurrentQueue<EventSource> _sources = new();

    /// <summary>Starts listening to <paramref name="keywords"/> of the <c>JThreading</c> source.</summary>
    /// <param name="keywords">1 threads, 2 keep-alive leases, 4 shutdown; <see cref="EventKeywords.All"/> for all.</param>
    /// <param name="onEvent">Called with each event's line, on the thread that wrote it.</param>
    public JThreadEventRecorder(EventKeywords keywords, Action<string>? onEvent = null)
    {
        _keywords = keywords;
        _onEvent = onEvent;

        // The base constructor reports sources that already exist before these fields are set; enable them now.
        foreach (var source in _sources)
        {
            EnableEvents(source, EventLevel.Verbose, _keywords);
        }
    }

    /// <summary>The events so far, in the order they were written.</summary>
    public IReadOnlyList<EventWrittenEventArgs> Events => [.. _events];

    /// <summary>Formats an event as <c>EventName payload1 payload2 ...</c>.</summary>
    public static string Line(EventWrittenEventArgs e) =>
        string.Join(' ', new[] { e.EventName ?? "?" }.Concat((e.Payload ?? []).Select(p => Convert.ToString(p, CultureInfo.InvariantCulture) ?? "null")));

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // Only this process's own library: a test that loads a second copy of it brings a second source of that name.
        if (eventSource.Name != "JThreading" || eventSource.GetType().Assembly != typeof(JThread).Assembly)
        {
            return;
        }

        // Field initializers run before the base constructor, so the queue is there even for the sources it reports.
        _sources.Enqueue(eventSource);

        // Zero during the base constructor (the fields are not set yet); the constructor enables it then.
        if (_keywords != 0)
        {
            EnableEvents(eventSource, EventLevel.Verbose, _keywords);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventSource.GetType().Assembly != typeof(JThread).Assembly || eventData.EventId <= 0)
        {
            return;
        }

        // Null while the base constructor still runs, if an event comes that early.
        _events?.Enqueue(eventData);
        _onEvent?.Invoke(Line(eventData));
    }
}
