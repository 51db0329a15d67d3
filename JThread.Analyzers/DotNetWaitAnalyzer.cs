using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0006: a .NET wait that JThread.Interrupt() cannot wake, in a JThread's body or a task given to a JThread
/// executor. Waits given a CancellationToken are left alone (the token may be the thread's GetInterruptToken()).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DotNetWaitAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property naming the JThread call that replaces the wait, when the fix is safe.</summary>
    public const string ReplacementKey = "Replacement";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.DotNetWait];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { } types)
            {
                start.RegisterSyntaxNodeAction(c => AnalyzeInvocation(c, types), SyntaxKind.InvocationExpression);
                start.RegisterSyntaxNodeAction(c => AnalyzeResult(c, types), SyntaxKind.SimpleMemberAccessExpression);
            }
        });
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var model = context.SemanticModel;
        var token = context.CancellationToken;
        if (model.GetSymbolInfo(invocation, token).Symbol is not IMethodSymbol method || !IsDotNetWait(method, types) ||
            ThreadBodies.ClassifyOuter(invocation, model, types, token) == BodyKind.Unknown)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (Replacement(invocation, method, model, types, token) is { } replacement)
        {
            properties = properties.Add(ReplacementKey, replacement);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.DotNetWait, UnhandledInterruptedExceptionAnalyzer.NameLocation(invocation), properties,
            method.ContainingType.Name + "." + method.Name));
    }

    // Task<T>.Result and ValueTask<T>.Result.
    private static void AnalyzeResult(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        if (access.Name.Identifier.ValueText != "Result" ||
            context.SemanticModel.GetSymbolInfo(access, context.CancellationToken).Symbol is not IPropertySymbol property ||
            !(KnownTypes.IsOrInherits(property.ContainingType, types.TaskOfT) ||
              property.ContainingType.OriginalDefinition.ToDisplayString() == "System.Threading.Tasks.ValueTask<TResult>") ||
            ThreadBodies.ClassifyOuter(access, context.SemanticModel, types, context.CancellationToken) == BodyKind.Unknown)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.DotNetWait, access.Name.GetLocation(), property.ContainingType.Name + ".Result"));
    }

    private static bool IsDotNetWait(IMethodSymbol method, KnownTypes types)
    {
        var type = method.ContainingType;
        string? ns = type.ContainingNamespace?.ToDisplayString();
        bool hasToken = method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, types.CancellationToken));
        switch (ns)
        {
            case "System.Threading":
                return (type.Name, method.Name) switch
                {
                    ("Thread", "Sleep" or "Join") => true,
                    ("Monitor", "Wait") => true,
                    ("SemaphoreSlim" or "ManualResetEventSlim" or "CountdownEvent", "Wait") => !hasToken,
                    ("Barrier", "SignalAndWait") => !hasToken,
                    _ => method.Name is "WaitOne" or "WaitAll" or "WaitAny" or "SignalAndWait" &&
                         IsOrDerivesFrom(type, "System.Threading.WaitHandle"),
                };
            case "System.Threading.Tasks":
                return type.Name == "Task" && method.Name is "Wait" or "WaitAll" or "WaitAny" && !hasToken;
            case "System.Runtime.CompilerServices":
                return method.Name == "GetResult" && (type.Name.Contains("Awaiter") || type.Name.Contains("Awaitable"));
            case "System.Collections.Concurrent":
                return type.Name == "BlockingCollection" && method.Name == "Take" && !hasToken;
            default:
                return false;
        }
    }

    private static bool IsOrDerivesFrom(INamedTypeSymbol? type, string fullName)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.ToDisplayString() == fullName)
            {
                return true;
            }
        }

        return false;
    }

    // Thread.Sleep(n) -> JThread.Sleep(n) and Monitor.Wait(o) -> JMonitor.Wait(o), where the meaning is the same:
    // no infinite or zero timeout (JThread.Sleep(-1) throws, Monitor.Wait(o, 0) returns at once while
    // JMonitor.Wait(o, 0) waits for ever), and no result used (Monitor.Wait returns bool, JMonitor.Wait nothing).
    private static string? Replacement(InvocationExpressionSyntax invocation, IMethodSymbol method, SemanticModel model, KnownTypes types, System.Threading.CancellationToken token)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Thread) && method.Name == "Sleep" && arguments.Count == 1)
        {
            return SafeTimeout(arguments[0].Expression, model, token, allowZero: true) ? "JThread.Sleep" : null;
        }

        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Monitor) && method.Name == "Wait" &&
            invocation.Parent is ExpressionStatementSyntax && types.JMonitor is not null &&
            (arguments.Count == 1 ||
             (arguments.Count == 2 && method.Parameters[1].Type.SpecialType == SpecialType.System_Int32 &&
              model.GetConstantValue(arguments[1].Expression, token) is { HasValue: true, Value: int millis } && millis > 0)))
        {
            return "JMonitor.Wait";
        }

        return null;
    }

    private static bool SafeTimeout(ExpressionSyntax timeout, SemanticModel model, System.Threading.CancellationToken token, bool allowZero)
    {
        var constant = model.GetConstantValue(timeout, token);
        if (constant.HasValue)
        {
            return constant.Value is int millis && (millis > 0 || (allowZero && millis == 0));
        }

        return !timeout.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText.Contains("Infinite"));
    }
}
