using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace JThreading.Analyzers;

/// <summary>What the code fixes share: finding the diagnostic's node and replacing one node in a document.</summary>
internal static class Fixes
{
    /// <summary>The innermost node of <paramref name="type"/> at the diagnostic's location.</summary>
    public static async Task<T?> FindAsync<T>(CodeFixContext context, Diagnostic diagnostic)
        where T : SyntaxNode
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        return root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<T>().FirstOrDefault();
    }

    /// <summary>A document with <paramref name="oldNode"/> replaced, formatted and simplified where annotated.</summary>
    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode oldNode, SyntaxNode newNode, CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode.WithAdditionalAnnotations(Formatter.Annotation)));
    }

    /// <summary>A fully qualified type name that the simplifier shortens where a using allows.</summary>
    public static ExpressionSyntax QualifiedType(string fullName) =>
        SyntaxFactory.ParseExpression("global::" + fullName).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>Registers one code action with an equivalence key of its title.</summary>
    public static void Register(CodeFixContext context, Diagnostic diagnostic, string title, System.Func<CancellationToken, Task<Document>> change) =>
        context.RegisterCodeFix(CodeAction.Create(title, change, equivalenceKey: title), diagnostic);
}
