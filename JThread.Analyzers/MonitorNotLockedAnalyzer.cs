using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0004: JMonitor.Wait, Notify or NotifyAll on an object that no enclosing lock statement (nor a Monitor.Enter in
/// the same function, nor a [MethodImpl(Synchronized)] method for this) has locked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MonitorNotLockedAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.MonitorNotLocked];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { JMonitor: not null } types)
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
            MonitorCalls.EnclosingLockOn(invocation, target, model, token) is not null ||
            MonitorCalls.EntersMonitorOn(invocation, target, model, types, token) ||
            InSynchronizedMethod(invocation, target, model, token))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.MonitorNotLocked, UnhandledInterruptedExceptionAnalyzer.NameLocation(invocation), method.Name, target.ToString()));
    }

    // [MethodImpl(MethodImplOptions.Synchronized)] locks this (or the type, for a static method), as Java's
    // synchronized method does.
    private static bool InSynchronizedMethod(SyntaxNode node, ExpressionSyntax target, SemanticModel model, System.Threading.CancellationToken token)
    {
        if (ThreadBodies.EnclosingFunction(node) is not MethodDeclarationSyntax declaration ||
            model.GetDeclaredSymbol(declaration, token) is not { } method ||
            (method.MethodImplementationFlags & MethodImplAttributes.Synchronized) == 0)
        {
            return false;
        }

        return method.IsStatic ? target is TypeOfExpressionSyntax : target is ThisExpressionSyntax;
    }
}
