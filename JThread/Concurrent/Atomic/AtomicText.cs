using System.Globalization;
using System.Text;

namespace JThreading.Concurrent.Atomic;

/// <summary>Java's <c>toString()</c> forms for the atomic types.</summary>
internal static class AtomicText
{
    /// <summary>Java's <c>String.valueOf(Object)</c>; never throws, even when the value's <see cref="object.ToString"/> does.</summary>
    internal static string Of(object? value)
    {
        try
        {
            return value?.ToString() ?? "null";
        }
        catch (Exception exception)
        {
            // ToString() never throws (STYLE.md), even when the value's does.
            return $"<{exception.GetType()}>";
        }
    }

    /// <summary>Java's <c>Arrays.toString</c>: <c>[1, 2, 3]</c>, <c>[]</c> when empty.</summary>
    internal static string Format(int length, Func<int, string> element)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(element(i));
        }

        return text.Append(']').ToString();
    }

    /// <summary>Java's <c>IndexOutOfBoundsException</c> for an array index, as <see cref="ArgumentOutOfRangeException"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal static void ThrowIndexOutOfRange(int index, int length) =>
        throw new ArgumentOutOfRangeException(
            "i", index, string.Format(CultureInfo.InvariantCulture, ExceptionMessages.IndexOutOfBounds, index, length));
}
