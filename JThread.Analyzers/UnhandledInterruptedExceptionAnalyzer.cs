using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0002: a JThread blocking call directly in a thread's body (the action given to a JThread, its builder or
/// factory, or a Run() override) with no catch of InterruptedException around it, on a thread whose uncaught handler
/// is left as the default: Java's checked-exception reminder.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnhandledInterruptedExceptionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.UnhandledInterruptedException];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { InterruptedException: not null } types)
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
        if (model.GetSymbolInfo(invocation, token).Symbol is not IMethodSymbol method ||
            !BlockingCalls.ThrowsInterruptedException(method))
        {
            return;
        }

        var function = ThreadBodies.EnclosingFunction(invocation);
        if (function is null || ThreadBodies.Classify(function, model, types, token) != BodyKind.Thread ||
            ThreadBodies.IsInterruptHandled(invocation, function, model, types, token) ||
            HasOwnHandler(function, model, types, token))
        {
            return;
        }

        string name = method.ContainingType.Name + "." + method.Name;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnhandledInterruptedException, NameLocation(invocation), name));
    }

    /// <summary>The location of the called method's name, or of the whole call.</summary>
    internal static Location NameLocation(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.GetLocation(),
        _ => invocation.Expression.GetLocation(),
    };

    // A handler set in the same file (a default handler, or one on a thread or builder near the body) takes the
    // exception instead of the default print: no reminder then.
    private static bool HasOwnHandler(SyntaxNode function, SemanticModel model, KnownTypes types, System.Threading.CancellationToken token)
    {
        var scope = function is MethodDeclarationSyntax ? function.Parent : ThreadBodies.EnclosingFunction(function) ?? function.SyntaxTree.GetRoot(token);
        return scope is not null && scope.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is MemberAccessExpressionSyntax
            {
                Name.Identifier.ValueText: "SetUncaughtExceptionHandler" or "SetDefaultUncaughtExceptionHandler" or "UncaughtExceptionHandler",
            } &&
            model.GetSymbolInfo(i, token).Symbol is IMethodSymbol handlerSetter &&
            (KnownTypes.IsOrInherits(handlerSetter.ContainingType, types.JThread) ||
             KnownTypes.IsOrInherits(handlerSetter.ContainingType, types.JThreadBuilder)));
    }
}
