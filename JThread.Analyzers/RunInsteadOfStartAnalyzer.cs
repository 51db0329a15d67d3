using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>JT0007: Run() called on a JThread through another reference (not base.Run() or the thread's own Run()).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RunInsteadOfStartAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.RunInsteadOfStart];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { } types)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, types), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Run" } member ||
            member.Expression is BaseExpressionSyntax or ThisExpressionSyntax ||
            invocation.ArgumentList.Arguments.Count != 0 ||
            context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { IsStatic: false } method ||
            !KnownTypes.IsOrInherits(method.ContainingType, types.JThread) || !IsJThreadRun(method, types))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.RunInsteadOfStart, member.Name.GetLocation(), member.Expression.ToString()));
    }

    private static bool IsJThreadRun(IMethodSymbol method, KnownTypes types)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(current.ContainingType, types.JThread))
            {
                return true;
            }
        }

        return false;
    }
}
