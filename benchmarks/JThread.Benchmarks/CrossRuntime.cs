using System.Diagnostics;
using System.Globalization;

namespace JThreading.Benchmarks;

/// <summary>
/// The .NET side of benchmarks/cross-runtime/run.sh: the same workloads as CrossRuntime.java and cross_runtime.py,
/// for JThread and for raw .NET, each measured as the median over batches of the time per operation. Prints one line
/// per figure, <c>workload&lt;TAB&gt;runtime&lt;TAB&gt;value</c> (microseconds, or nanoseconds for current-thread).
/// </summary>
internal static class CrossRuntime
{
    private const int Batches = 9;

    private static readonly ThreadStart s_nothingStart = static () => { };
    private static readonly Action s_nothing = static () => { };

    public static void Run(string[] args)
    {
        var scale = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1.0;
        int Scaled(int n) => Math.Max(1, (int)(n * scale));

        // Each workload runs JThread and raw .NET alternately, batch by batch.
        Report("start-join", Scaled(300), JThreadStartJoin, RawStartJoin);
        Report("in-flight-1000", 1, InFlight(jthread: true), InFlight(jthread: false), perBatch: 1_000);
        using (var jthread = new JThreadPingPong())
        using (var raw = new RawPingPong())
        {
            Report("park-unpark", Scaled(2_000), jthread.ParkUnpark, raw.SemaphoreSlim);
        }

        using (var jthread = new JMonitorPingPong(useJMonitor: true))
        using (var raw = new JMonitorPingPong(useJMonitor: false))
        {
            Report("wait-notify", Scaled(2_000), jthread.RoundTrip, raw.RoundTrip);
        }

        using (var jthread = new InterruptSleeper(useJThread: true))
        using (var raw = new InterruptSleeper(useJThread: false))
        {
            Report("interrupt-wake", Scaled(300), jthread.RoundTrip, raw.RoundTrip);
        }

        // The loop runs inside the measured call, so the figure is the call, not a delegate's invocation.
        JThread.CurrentThread();
        Report("current-thread", 1, JThreadCurrentLoop, NetCurrentLoop, perBatch: CurrentThreadCalls, nanos: true);
    }

    private const int CurrentThreadCalls = 1 << 22;

    private static int s_sink;

    private static void JThreadCurrentLoop()
    {
        var found = 0;
        for (var i = 0; i < CurrentThreadCalls; i++)
        {
            found += JThread.CurrentThread() is null ? 0 : 1;
        }

        s_sink = found;
    }

    private static void NetCurrentLoop()
    {
        var found = 0;
        for (var i = 0; i < CurrentThreadCalls; i++)
        {
            found += Thread.CurrentThread is null ? 0 : 1;
        }

        s_sink = found;
    }

    private static void JThreadStartJoin()
    {
        var thread = new JThread(s_nothing);
        thread.Start();
        thread.Join();
    }

    private static void RawStartJoin()
    {
        var thread = new Thread(s_nothingStart);
        thread.Start();
        thread.Join();
    }

    private static Action InFlight(bool jthread) => () =>
    {
        using var gate = new ManualResetEventSlim(initialState: false, spinCount: 0);
        if (jthread)
        {
            var threads = new JThread[1_000];
            for (var i = 0; i < threads.Length; i++)
            {
                threads[i] = new JThread(() => gate.Wait());
                threads[i].Start();
            }

            gate.Set();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
        else
        {
            var threads = new Thread[1_000];
            for (var i = 0; i < threads.Length; i++)
            {
                threads[i] = new Thread(() => gate.Wait());
                threads[i].Start();
            }

            gate.Set();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    };

    /// <summary>Alternates batches of <paramref name="ops"/> calls of each; prints each one's median per operation.</summary>
    private static void Report(string workload, int ops, Action jthread, Action raw, int perBatch = 1, bool nanos = false)
    {
        var (j, r) = (new double[Batches], new double[Batches]);
        Measure(jthread, ops);
        Measure(raw, ops);
        for (var b = 0; b < Batches; b++)
        {
            j[b] = Measure(jthread, ops) / perBatch;
            r[b] = Measure(raw, ops) / perBatch;
        }

        var factor = nanos ? 1_000.0 : 1.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload}\tjthread\t{Median(j) * factor:F4}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload}\tdotnet\t{Median(r) * factor:F4}"));
    }

    /// <summary>Microseconds per call.</summary>
    private static double Measure(Action op, int ops)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < ops; i++)
        {
            op();
        }

        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / ops;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    /// <summary>LockSupport ping-pong with a daemon JThread, flags guarding against spurious returns.</summary>
    private sealed class JThreadPingPong : IDisposable
    {
        private readonly JThread _main = JThread.CurrentThread();
        private readonly JThread _worker;
        private volatile bool _pinged;
        private volatile bool _ponged;
        private volatile bool _stop;

        public JThreadPingPong()
        {
            _worker = new JThread(() =>
            {
                while (true)
                {
                    while (!_pinged)
                    {
                        LockSupport.Park();
                    }

                    _pinged = false;
                    if (_stop)
                    {
                        return;
                    }

                    _ponged = true;
                    LockSupport.Unpark(_main);
                }
            });
            _worker.SetDaemon(true);
            _worker.Start();
        }

        public void ParkUnpark()
        {
            _pinged = true;
            LockSupport.Unpark(_worker);
            while (!_ponged)
            {
                LockSupport.Park();
            }

            _ponged = false;
        }

        public void Dispose()
        {
            _stop = true;
            _pinged = true;
            LockSupport.Unpark(_worker);
            _worker.Join();
        }
    }

    /// <summary>The raw .NET hand-off: two SemaphoreSlims, which spin briefly before blocking as JThread's park does.</summary>
    private sealed class RawPingPong : IDisposable
    {
        private readonly SemaphoreSlim _ping = new(0);
        private readonly SemaphoreSlim _pong = new(0);
        private readonly Thread _worker;
        private volatile bool _stop;

        public RawPingPong()
        {
            _worker = new Thread(() =>
            {
                while (true)
                {
                    _ping.Wait();
                    if (_stop)
                    {
                        return;
                    }

                    _pong.Release();
                }
            }) { IsBackground = true };
            _worker.Start();
        }

        public void SemaphoreSlim()
        {
            _ping.Release();
            _pong.Wait();
        }

        public void Dispose()
        {
            _stop = true;
            _ping.Release();
            _worker.Join();
        }
    }

    /// <summary>Wait/notify ping-pong through one lock: JMonitor on a JThread, or Monitor on a raw thread.</summary>
    private sealed class JMonitorPingPong : IDisposable
    {
        private readonly object _lock = new();
        private readonly bool _useJMonitor;
        private readonly Thread? _raw;
        private readonly JThread? _jthread;
        private bool _workerTurn;
        private bool _stop;

        public JMonitorPingPong(bool useJMonitor)
        {
            _useJMonitor = useJMonitor;
            if (useJMonitor)
            {
                _jthread = new JThread(Pong);
                _jthread.SetDaemon(true);
                _jthread.Start();
            }
            else
            {
                _raw = new Thread(Pong) { IsBackground = true };
                _raw.Start();
            }
        }

        public void RoundTrip()
        {
            lock (_lock)
            {
                _workerTurn = true;
                Notify();
                while (_workerTurn)
                {
                    Wait();
                }
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _stop = true;
                Notify();
            }

            _jthread?.Join();
            _raw?.Join();
        }

        private void Pong()
        {
            lock (_lock)
            {
                while (true)
                {
                    while (!_workerTurn && !_stop)
                    {
                        Wait();
                    }

                    if (_stop)
                    {
                        return;
                    }

                    _workerTurn = false;
                    Notify();
                }
            }
        }

        private void Wait()
        {
            if (_useJMonitor)
            {
                JMonitor.Wait(_lock);
            }
            else
            {
                Monitor.Wait(_lock);
            }
        }

        private void Notify()
        {
            if (_useJMonitor)
            {
                JMonitor.Notify(_lock);
            }
            else
            {
                Monitor.Pulse(_lock);
            }
        }
    }

    /// <summary>Interrupt a sleeping thread and wait until it has woken and signalled back.</summary>
    private sealed class InterruptSleeper : IDisposable
    {
        private readonly ManualResetEventSlim _woke = new(false, spinCount: 0);
        private readonly JThread? _jthread;
        private readonly Thread? _raw;
        private volatile bool _stop;

        public InterruptSleeper(bool useJThread)
        {
            if (useJThread)
            {
                _jthread = new JThread(() =>
                {
                    while (!_stop)
                    {
                        try
                        {
                            JThread.Sleep(1_000_000);
                        }
                        catch (InterruptedException)
                        {
                            _woke.Set();
                        }
                    }
                });
                _jthread.SetDaemon(true);
                _jthread.Start();
            }
            else
            {
                _raw = new Thread(() =>
                {
                    while (!_stop)
                    {
                        try
                        {
                            Thread.Sleep(1_000_000);
                        }
                        catch (ThreadInterruptedException)
                        {
                            _woke.Set();
                        }
                    }
                }) { IsBackground = true };
                _raw.Start();
            }
        }

        public void RoundTrip()
        {
            if (_jthread is not null)
            {
                while (_jthread.GetState() != JThreadState.TimedWaiting)
                {
                    Thread.SpinWait(20);
                }

                _woke.Reset();
                _jthread.Interrupt();
            }
            else
            {
                while ((_raw!.ThreadState & System.Threading.ThreadState.WaitSleepJoin) == 0)
                {
                    Thread.SpinWait(20);
                }

                _woke.Reset();
                _raw.Interrupt();
            }

            _woke.Wait();
        }

        public void Dispose()
        {
            _stop = true;
            _jthread?.Interrupt();
            _raw?.Interrupt();
            _jthread?.Join();
            _raw?.Join();
            _woke.Dispose();
        }
    }
}
