using System.Runtime.CompilerServices;

namespace JThreading.Tests.Threads;

/// <summary>
/// Java's ThreadGroup rules (after OpenJDK's ThreadGroup/BasicTests and SetMaxPriority), each on fresh groups so that
/// tests running in parallel cannot see each other's threads.
/// </summary>
public sealed class JThreadGroupTests
{
    [Fact]
    public void Constructor_Name_GetNameReturnsItAndNullStaysNull()
    {
        Assert.Equal("fred", new JThreadGroup("fred").GetName());
        Assert.Null(new JThreadGroup(null).GetName());
    }

    [Fact]
    public void Constructor_NullParent_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => new JThreadGroup(null!, "orphan"));

    [Fact]
    public void Constructor_NameOnly_ParentIsCurrentThreadsGroup()
    {
        var outer = new JThreadGroup("outer");
        JThreadGroup? created = null;
        var creator = new JThread(outer, () => created = new JThreadGroup("inner"), "creator");

        creator.Start();
        TestWait.Joined(creator);

        Assert.Same(JThread.CurrentThread().GetThreadGroup(), outer.GetParent());
        Assert.Same(outer, created?.GetParent());
    }

    [Fact]
    public void GetParent_MainGroup_IsSystemWhichIsTheRoot()
    {
        // Threads JThread did not create, like this test's own thread, belong to main.
        var main = JThread.CurrentThread().GetThreadGroup()!;
        var system = main.GetParent()!;

        Assert.Equal("main", main.GetName());
        Assert.Equal("system", system.GetName());
        Assert.Null(system.GetParent());
        Assert.True(system.ParentOf(main));
    }

    [Fact]
    public void ParentOf_Tree_TrueForSelfAndDescendantsOnly()
    {
        var group1 = new JThreadGroup("group1");
        var group2 = new JThreadGroup(group1, "group2");
        var group3 = new JThreadGroup(group2, "group3");

        Assert.True(group1.ParentOf(group1));
        Assert.True(group1.ParentOf(group2));
        Assert.True(group1.ParentOf(group3));
        Assert.True(group2.ParentOf(group3));
        Assert.False(group2.ParentOf(group1));
        Assert.False(group3.ParentOf(group1));
        Assert.False(group3.ParentOf(group2));
        Assert.False(group1.ParentOf(new JThreadGroup("unrelated")));
        Assert.False(group1.ParentOf(null));
    }

    [Fact]
    public void ActiveCount_ThreadsInGroupAndSubgroup_CountedWhileAliveOnly()
    {
        var group1 = new JThreadGroup("group1");
        var group2 = new JThreadGroup(group1, "group2");
        Assert.Equal(0, group1.ActiveCount());

        using (var threads = new WaitingThreads())
        {
            threads.Start(group1, "foo");
            Assert.Equal(1, group1.ActiveCount());
            Assert.Equal(0, group2.ActiveCount());

            threads.Start(group2, "bar");
            Assert.Equal(2, group1.ActiveCount());
            Assert.Equal(1, group2.ActiveCount());
        }

        Assert.Equal(0, group1.ActiveCount());
        Assert.Equal(0, group2.ActiveCount());
    }

    [Fact]
    public void ActiveCount_UnstartedThread_NotCounted()
    {
        var group = new JThreadGroup("unstarted");
        _ = new JThread(group, "never-started");

        Assert.Equal(0, group.ActiveCount());
    }

    [Fact]
    public void Enumerate_ThreeLevels_RecurseIncludesSubgroupsAndNonRecurseOnlyOwn()
    {
        var group1 = new JThreadGroup("group1");
        var group2 = new JThreadGroup(group1, "group2");
        var group3 = new JThreadGroup(group2, "group3");
        using var threads = new WaitingThreads();
        var thread2 = threads.Start(group2, "foo");
        var thread3 = threads.Start(group3, "bar");

        AssertMembers(EnumerateThreads(group1, recurse: true), thread2, thread3);
        Assert.Empty(EnumerateThreads(group1, recurse: false));
        AssertMembers(EnumerateThreads(group2, recurse: true), thread2, thread3);
        AssertMembers(EnumerateThreads(group2, recurse: false), thread2);
        AssertMembers(EnumerateThreads(group3, recurse: true), thread3);
        AssertMembers(EnumerateThreads(group3, recurse: false), thread3);
    }

    [Fact]
    public void Enumerate_DefaultRecurse_IncludesSubgroups()
    {
        var group1 = new JThreadGroup("group1");
        var group2 = new JThreadGroup(group1, "group2");
        using var threads = new WaitingThreads();
        var thread1 = threads.Start(group1, "foo");
        var thread2 = threads.Start(group2, "bar");
        var list = new JThread[10];

        Assert.Equal(2, group1.Enumerate(list));
        AssertMembers(list[..2], thread1, thread2);
        Assert.Null(list[2]);
    }

    [Fact]
    public void Enumerate_ThreadEnded_DropsOut()
    {
        var group = new JThreadGroup("ended");
        var thread = new JThread(group, static () => { }, "short");
        thread.Start();
        TestWait.Joined(thread);

        Assert.Empty(EnumerateThreads(group, recurse: true));
        Assert.Equal(0, group.ActiveCount());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Enumerate_ArrayTooSmall_FillsItAndReturnsItsLength(bool recurse)
    {
        var group = new JThreadGroup("crowded");
        using var threads = new WaitingThreads();
        var started = new[] { threads.Start(group, "thread1"), threads.Start(group, "thread2"), threads.Start(group, "thread3") };
        var list = new JThread[2];

        Assert.Equal(2, group.Enumerate(list, recurse));
        Assert.All(list, t => Assert.Contains(t, started));
        Assert.NotSame(list[0], list[1]);
        Assert.Equal(0, group.Enumerate(Array.Empty<JThread>(), recurse));
    }

    [Fact]
    public void Enumerate_NullArray_ThrowsArgumentNullException()
    {
        var group = new JThreadGroup("group");

        Assert.Throws<ArgumentNullException>(() => group.Enumerate((JThread[])null!));
        Assert.Throws<ArgumentNullException>(() => group.Enumerate((JThread[])null!, recurse: false));
        Assert.Throws<ArgumentNullException>(() => group.Enumerate((JThreadGroup[])null!));
        Assert.Throws<ArgumentNullException>(() => group.Enumerate((JThreadGroup[])null!, recurse: false));
    }

    [Fact]
    public void ActiveGroupCount_NestedGroups_CountsEveryDepth()
    {
        var group1 = new JThreadGroup("group1");
        Assert.Equal(0, group1.ActiveGroupCount());

        var group2 = new JThreadGroup(group1, "group2");
        var group3 = new JThreadGroup(group2, "group3");

        Assert.Equal(2, group1.ActiveGroupCount());
        Assert.Equal(1, group2.ActiveGroupCount());
        Assert.Equal(0, group3.ActiveGroupCount());
    }

    [Fact]
    public void EnumerateGroups_ThreeLevels_RecurseIncludesDescendantsAndNonRecurseOnlyChildren()
    {
        var group1 = new JThreadGroup("group1");
        var group2 = new JThreadGroup(group1, "group2");
        var group3 = new JThreadGroup(group2, "group3");

        AssertMembers(EnumerateGroups(group1, recurse: true), group2, group3);
        AssertMembers(EnumerateGroups(group1, recurse: null), group2, group3);
        AssertMembers(EnumerateGroups(group1, recurse: false), group2);
        AssertMembers(EnumerateGroups(group2, recurse: true), group3);
        AssertMembers(EnumerateGroups(group2, recurse: false), group3);
        Assert.Empty(EnumerateGroups(group3, recurse: true));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EnumerateGroups_ArrayTooSmall_FillsItAndReturnsItsLength(bool recurse)
    {
        var group = new JThreadGroup("parent");
        var children = new[] { new JThreadGroup(group, "child1"), new JThreadGroup(group, "child2") };
        _ = new JThreadGroup(children[0], "grandchild");
        var list = new JThreadGroup[1];

        Assert.Equal(1, group.Enumerate(list, recurse));
        Assert.Contains(list[0], children);
        Assert.Equal(0, group.Enumerate(Array.Empty<JThreadGroup>(), recurse));
    }

    [Fact]
    public void ActiveGroupCount_SubgroupNoLongerReferenced_DropsOut()
    {
        var group1 = new JThreadGroup("group1");
        var group2 = new JThreadGroup(group1, "group2");
        var group3 = CreateUnreferencedSubgroup(group2);

        TestWait.Until(() => Collected(group3), "the unreferenced empty group was collected");

        Assert.Equal(1, group1.ActiveGroupCount());
        Assert.Equal(0, group2.ActiveGroupCount());
        AssertMembers(EnumerateGroups(group1, recurse: true), group2);
    }

    [Fact]
    public void ActiveGroupCount_SubgroupOnlyReferencedByItsLiveThread_StaysInParent()
    {
        var parent = new JThreadGroup("parent");
        using var release = new ManualResetEventSlim();
        var group = StartThreadInUnreferencedSubgroup(parent, release);

        Assert.False(Collected(group), "a group with a live thread was collected");
        Assert.Equal(1, parent.ActiveGroupCount());

        // The running thread is found through the tree alone; let it end.
        var members = EnumerateThreads(parent, recurse: true);
        Assert.Single(members);
        release.Set();
        TestWait.Joined(members[0]);
    }

    [Fact]
    public void ActiveGroupCount_SubgroupWhoseThreadEnded_DropsOutOnceUnreferenced()
    {
        var parent = new JThreadGroup("parent");
        var group = RunThreadInUnreferencedSubgroup(parent);

        TestWait.Until(() => Collected(group), "the group whose only thread ended was collected");

        Assert.Equal(0, parent.ActiveGroupCount());
    }

    [Fact]
    public void SetMaxPriority_OutOfRange_Ignored()
    {
        var group = new JThreadGroup("group");
        group.SetMaxPriority(6);

        group.SetMaxPriority(JThread.MinPriority - 1);
        Assert.Equal(6, group.GetMaxPriority());
        group.SetMaxPriority(JThread.MaxPriority + 1);
        Assert.Equal(6, group.GetMaxPriority());
    }

    [Fact]
    public void SetMaxPriority_AboveParentsMax_CappedByParent()
    {
        var parent = new JThreadGroup("parent");
        parent.SetMaxPriority(6);
        var child = new JThreadGroup(parent, "child");

        child.SetMaxPriority(JThread.MaxPriority);

        Assert.Equal(6, child.GetMaxPriority());
    }

    [Fact]
    public void SetMaxPriority_LoweredThenRaised_RaisedUpToParentsMax()
    {
        // OpenJDK bug 6497629: the cap must be the parent's maximum, not the group's own lowered one.
        var parent = new JThreadGroup("parent");
        parent.SetMaxPriority(8);
        var group = new JThreadGroup(parent, "group");

        group.SetMaxPriority(3);
        Assert.Equal(3, group.GetMaxPriority());
        group.SetMaxPriority(4);
        Assert.Equal(4, group.GetMaxPriority());
        group.SetMaxPriority(JThread.MaxPriority);
        Assert.Equal(8, group.GetMaxPriority());
    }

    [Fact]
    public void SetMaxPriority_GroupWithSubgroups_AppliedToDescendantsNotAncestors()
    {
        var group1 = new JThreadGroup("group1");
        var group2 = new JThreadGroup(group1, "group2");
        var group3 = new JThreadGroup(group2, "group3");
        var initial = group1.GetMaxPriority();

        group2.SetMaxPriority(JThread.MinPriority);
        Assert.Equal([initial, JThread.MinPriority, JThread.MinPriority], MaxPriorities(group1, group2, group3));

        group2.SetMaxPriority(initial);
        Assert.Equal([initial, initial, initial], MaxPriorities(group1, group2, group3));

        group1.SetMaxPriority(JThread.MinPriority);
        Assert.Equal([JThread.MinPriority, JThread.MinPriority, JThread.MinPriority], MaxPriorities(group1, group2, group3));

        group3.SetMaxPriority(JThread.MaxPriority);
        Assert.Equal(JThread.MinPriority, group3.GetMaxPriority());
    }

    [Fact]
    public void Constructor_ParentWithLoweredMax_InheritsParentsMax()
    {
        var parent = new JThreadGroup("parent");
        parent.SetMaxPriority(4);

        Assert.Equal(4, new JThreadGroup(parent, "child").GetMaxPriority());
    }

    [Fact]
    public void SetMaxPriority_BelowExistingThreadsPriority_ThreadKeepsItNewThreadsCapped()
    {
        var group = new JThreadGroup("capped");
        var existing = new JThread(group, "existing");
        existing.SetPriority(7);

        group.SetMaxPriority(JThread.MinPriority + 1);
        var created = new JThread(group, "created");

        Assert.Equal(7, existing.GetPriority());
        Assert.Equal(Math.Min(JThread.CurrentThread().GetPriority(), JThread.MinPriority + 1), created.GetPriority());
        created.SetPriority(JThread.MaxPriority);
        Assert.Equal(JThread.MinPriority + 1, created.GetPriority());
        created.SetPriority(JThread.MinPriority);
        Assert.Equal(JThread.MinPriority, created.GetPriority());
    }

    [Fact]
    public void Interrupt_Group_InterruptsItsThreadsAndSubgroupsOnly()
    {
        var outside = new JThreadGroup("outside");
        var group1 = new JThreadGroup(outside, "group1");
        var group2 = new JThreadGroup(group1, "group2");
        var sibling = new JThreadGroup(outside, "sibling");
        using var threads = new WaitingThreads();
        var inOutside = threads.Start(outside, "in-outside");
        var inGroup1 = threads.Start(group1, "in-group1");
        var inGroup2 = threads.Start(group2, "in-group2");
        var inSibling = threads.Start(sibling, "in-sibling");

        group1.Interrupt();

        Assert.True(inGroup1.IsInterrupted());
        Assert.True(inGroup2.IsInterrupted());
        Assert.False(inOutside.IsInterrupted());
        Assert.False(inSibling.IsInterrupted());
    }

    [Fact]
    public void Interrupt_Subgroup_LeavesParentsThreads()
    {
        var group1 = new JThreadGroup("group1");
        var group2 = new JThreadGroup(group1, "group2");
        using var threads = new WaitingThreads();
        var inGroup1 = threads.Start(group1, "foo");
        var inGroup2 = threads.Start(group2, "bar");

        group2.Interrupt();

        Assert.True(inGroup2.IsInterrupted());
        Assert.False(inGroup1.IsInterrupted());
    }

    [Fact]
    public void Interrupt_ThreadInJThreadWait_WakesIt()
    {
        var group = new JThreadGroup("sleepers");
        var woken = false;
        var sleeper = new JThread(group, () =>
        {
            try
            {
                JThread.Sleep(TestTimeouts.UnexpectedTimeout);
            }
            catch (InterruptedException)
            {
                woken = true;
            }
        }, "sleeper");
        sleeper.Start();
        TestWait.ForState(sleeper, JThreadState.TimedWaiting);

        group.Interrupt();

        TestWait.Joined(sleeper);
        Assert.True(woken);
    }

    [Fact]
    public void ToString_MainGroup_JavaFormat() =>
        Assert.Equal("JThreading.JThreadGroup[name=main,maxpri=10]", JThread.CurrentThread().GetThreadGroup()!.ToString());

    [Fact]
    public void ToString_NullNameAndLoweredMax_ShowsBoth()
    {
        var group = new JThreadGroup(null);
        group.SetMaxPriority(3);

        Assert.Equal("JThreading.JThreadGroup[name=null,maxpri=3]", group.ToString());
    }

    [Fact]
    public void ToString_Subclass_ShowsItsOwnTypeName() =>
        Assert.Equal("JThreading.Tests.Threads.NamedGroup[name=sub,maxpri=10]", new NamedGroup("sub").ToString());

    [Fact]
    public void CurrentThread_ThreadNotCreatedByJThread_InMainGroupWhileAlive()
    {
        var main = JThread.CurrentThread().GetThreadGroup()!;
        using var adopted = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        JThread? foreign = null;
        var raw = new Thread(() =>
        {
            foreign = JThread.CurrentThread();
            adopted.Set();
            release.Wait(TestTimeouts.UnexpectedTimeout);
        }) { IsBackground = true };
        raw.Start();
        Assert.True(adopted.Wait(TestTimeouts.UnexpectedTimeout, TestContext.Current.CancellationToken));

        Assert.Same(main, foreign!.GetThreadGroup());
        Assert.Contains(foreign, EnumerateThreads(main, recurse: false));

        release.Set();
        Assert.True(raw.Join(TestTimeouts.UnexpectedTimeout));
        Assert.Null(foreign.GetThreadGroup());
        Assert.DoesNotContain(foreign, EnumerateThreads(main, recurse: false));
    }

    private static JThread[] EnumerateThreads(JThreadGroup group, bool recurse)
    {
        // Big enough for every thread the test process can have, so nothing is cut off.
        var list = new JThread[4096];
        var count = group.Enumerate(list, recurse);
        Assert.Null(list[count]);
        return list[..count];
    }

    private static JThreadGroup[] EnumerateGroups(JThreadGroup group, bool? recurse)
    {
        var list = new JThreadGroup[100];
        var count = recurse is { } value ? group.Enumerate(list, value) : group.Enumerate(list);
        Assert.Null(list[count]);
        return list[..count];
    }

    /// <summary>Exactly these members, in any order (Java does not promise one).</summary>
    private static void AssertMembers<T>(T[] actual, params T[] expected)
        where T : class
    {
        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected, member => Assert.Contains(member, actual));
    }

    private static int[] MaxPriorities(params JThreadGroup[] groups) => [.. groups.Select(g => g.GetMaxPriority())];

    [Fact]
    public void Constructor_ManySubgroupsCreatedAndDropped_ParentKeepsFewSlots()
    {
        var parent = new JThreadGroup("churn");
        for (var round = 0; round < 20; round++)
        {
            CreateUnreferencedSubgroups(parent, 500);
            GC.Collect();
        }

        // Pruned when the list has doubled, not on every one of the 10,000 adds (which made creating n groups
        // quadratic), and still bounded by twice what is live plus a small minimum.
        Assert.InRange(parent.SubgroupSlots, 0, 2 * 500 + 16);
        Assert.InRange(parent.SubgroupPrunes, 1, 200);
        Assert.Equal(0, parent.ActiveGroupCount());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CreateUnreferencedSubgroups(JThreadGroup parent, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _ = new JThreadGroup(parent, "dropped");
        }
    }

    private static bool Collected(WeakReference reference)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return !reference.IsAlive;
    }

    // The helpers below create objects in a frame of their own, so no local of the test keeps them reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CreateUnreferencedSubgroup(JThreadGroup parent)
    {
        var group = new JThreadGroup(parent, "unreferenced");
        Assert.Equal(1, parent.ActiveGroupCount());
        return new WeakReference(group);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference StartThreadInUnreferencedSubgroup(JThreadGroup parent, ManualResetEventSlim release)
    {
        var group = new JThreadGroup(parent, "held-by-thread");
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        new JThread(group, () => release.Wait(TestTimeouts.UnexpectedTimeout), "member").Start();
        #pragma warning restore JT0006
        return new WeakReference(group);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunThreadInUnreferencedSubgroup(JThreadGroup parent)
    {
        var group = new JThreadGroup(parent, "thread-ended");
        var thread = new JThread(group, static () => { }, "member");
        thread.Start();
        TestWait.Joined(thread);
        Assert.Equal(1, parent.ActiveGroupCount());
        return new WeakReference(group);
    }
}

/// <summary>A subclass, to show that ToString names the actual type, as Java's getClass().getName() does.</summary>
internal sealed class NamedGroup(string name) : JThreadGroup(name);
