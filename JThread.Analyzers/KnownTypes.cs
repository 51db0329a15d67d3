using Microsoft.CodeAnalysis;

namespace JThreading.Analyzers;

/// <summary>The JThread and .NET types the rules look for, resolved once per compilation.</summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation, INamedTypeSymbol jthread)
    {
        JThread = jthread;
        JMonitor = compilation.GetTypeByMetadataName("JThreading.JMonitor");
        InterruptedException = compilation.GetTypeByMetadataName("JThreading.InterruptedException");
        JThreadBuilder = compilation.GetTypeByMetadataName("JThreading.JThreadBuilder");
        ThreadFactory = compilation.GetTypeByMetadataName("JThreading.IThreadFactory");
        Executor = compilation.GetTypeByMetadataName("JThreading.Concurrent.IExecutor");
        ExecutorService = compilation.GetTypeByMetadataName("JThreading.Concurrent.IExecutorService");
        Future = compilation.GetTypeByMetadataName("JThreading.Concurrent.IFuture");
        CompletionService = compilation.GetTypeByMetadataName("JThreading.Concurrent.ICompletionService`1");
        TimeUnit = compilation.GetTypeByMetadataName("JThreading.Concurrent.TimeUnit");
        Exception = compilation.GetTypeByMetadataName("System.Exception");
        Lock = compilation.GetTypeByMetadataName("System.Threading.Lock");
        Thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
        Monitor = compilation.GetTypeByMetadataName("System.Threading.Monitor");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
    }

    public INamedTypeSymbol JThread { get; }

    public INamedTypeSymbol? JMonitor { get; }

    public INamedTypeSymbol? InterruptedException { get; }

    public INamedTypeSymbol? JThreadBuilder { get; }

    public INamedTypeSymbol? ThreadFactory { get; }

    public INamedTypeSymbol? Executor { get; }

    public INamedTypeSymbol? ExecutorService { get; }

    public INamedTypeSymbol? Future { get; }

    public INamedTypeSymbol? CompletionService { get; }

    public INamedTypeSymbol? TimeUnit { get; }

    public INamedTypeSymbol? Exception { get; }

    public INamedTypeSymbol? Lock { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? Monitor { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    /// <summary>The types of <paramref name="compilation"/>, or null when it does not reference JThread.</summary>
    public static KnownTypes? From(Compilation compilation) =>
        compilation.GetTypeByMetadataName("JThreading.JThread") is { } jthread ? new KnownTypes(compilation, jthread) : null;

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseOrInterface"/>, derives from it or implements it.</summary>
    public static bool IsOrInherits(ITypeSymbol? type, INamedTypeSymbol? baseOrInterface)
    {
        if (type is null || baseOrInterface is null)
        {
            return false;
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseOrInterface))
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, baseOrInterface))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="method"/> is a static method <paramref name="name"/> of <paramref name="type"/>.</summary>
    public static bool IsMethodOf(IMethodSymbol? method, INamedTypeSymbol? type, string name) =>
        method is not null && type is not null && method.Name == name &&
        SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, type);

    /// <summary>Whether <paramref name="type"/> is JThread's InterruptedException or one of its bases.</summary>
    public bool CatchesInterrupt(ITypeSymbol? caught) =>
        caught is not null && InterruptedException is not null && IsOrInherits(InterruptedException, caught as INamedTypeSymbol);
}
