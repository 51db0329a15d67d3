using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0005: JMonitor.Wait, Notify or NotifyAll inside a lock statement on a System.Threading.Lock, on that lock. C# 13
/// lowers such a lock to Lock.EnterScope, so the object's monitor is never held and the call always throws.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MonitorOnLockTypeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.MonitorOnLockType];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { JMonitor: not null, Lock: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, types), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var model = context.SemanticModel;
        var token = context.CancellationToken;
        if (!MonitorCalls.TryGet(invocation, model, types, token, out var method, out var target) ||
            MonitorCalls.EnclosingLockOn(invocation, target, model, token) is not { } lockStatement ||
            !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(lockStatement.Expression, token).Type, types.Lock))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.MonitorOnLockType, UnhandledInterruptedExceptionAnalyzer.NameLocation(invocation), method.Name, target.ToString()));
    }
}
