namespace JThreading.Tests.Host;

public static partial class Scenarios
{
    /// <summary>A live non-daemon JThread keeps a plain Main's process alive after Main returns.</summary>
    public static int NonDaemonKeepsAlive(string[] args)
    {
        var worker = new JThread(() =>
        {
            while (true)
            {
                JThread.Sleep(50);
            }
        }, "nonDaemon");
        worker.Start();
        Say("ready");
        return 0;
    }

    /// <summary>A daemon JThread does not keep the process alive: Main returns and the process ends.</summary>
    public static int DaemonDoesNotKeepAlive(string[] args)
    {
        var worker = new JThread(() =>
        {
            while (true)
            {
                JThread.Sleep(50);
            }
        }, "daemon");
        worker.SetDaemon(true);
        worker.Start();
        Say("main exiting");
        return 0;
    }

    /// <summary>A thread created by a daemon thread is a daemon too, so it does not keep the process alive.</summary>
    public static int DaemonStatusInherited(string[] args)
    {
        var created = new TaskCompletionSource<JThread>();
        var parent = new JThread(() =>
        {
            var child = new JThread(() =>
            {
                while (true)
                {
                    JThread.Sleep(50);
                }
            }, "child");
            child.Start();
            created.SetResult(child);
            while (true)
            {
                JThread.Sleep(50);
            }
        }, "parent");
        parent.SetDaemon(true);
        parent.Start();
        Say($"child daemon: {created.Task.Result.IsDaemon()}");
        return 0;
    }
}
