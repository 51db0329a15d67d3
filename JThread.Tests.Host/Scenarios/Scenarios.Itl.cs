namespace JThreading.Tests.Host;

public static partial class Scenarios
{
    /// <summary>
    /// The process's main thread, adopted as <c>"main"</c>, passes an inheritable value to a JThread it constructs;
    /// <c>ChildValue</c> runs on main, and the child's copy is its own.
    /// </summary>
    public static int InheritableFromMain(string[] args)
    {
        var local = new TaggingLocal();
        local.Set("main-value");
        string? seen = null;
        var child = new JThread(() =>
        {
            seen = local.Get();
            local.Set("changed by child");
        }, "child");
        child.Start();
        child.Join();
        Say($"child sees: {seen}");
        Say($"ChildValue ran on: {local.ChildValueThreadName}");
        Say($"main still sees: {local.Get()}");
        return 0;
    }

    /// <summary>Marks the child's copy and remembers which thread computed it.</summary>
    private sealed class TaggingLocal : InheritableThreadLocal<string>
    {
        public string? ChildValueThreadName { get; private set; }

        protected override string ChildValue(string parentValue)
        {
            ChildValueThreadName = JThread.CurrentThread().GetName();
            return parentValue + "+child";
        }
    }
}
