using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>JT0003: JMonitor.Wait not inside a while, do or for loop of its own function.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WaitNotInLoopAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.WaitNotInLoop];

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
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } ||
            context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method ||
            !KnownTypes.IsMethodOf(method, types.JMonitor, "Wait"))
        {
            return;
        }

        foreach (var ancestor in invocation.Ancestors())
        {
            if (ancestor is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax)
            {
                return;
            }

            if (ThreadBodies.IsFunction(ancestor))
            {
                break;
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.WaitNotInLoop, UnhandledInterruptedExceptionAnalyzer.NameLocation(invocation)));
    }
}
