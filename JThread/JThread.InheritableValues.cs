namespace JThreading;

public partial class JThread
{
    // Written by this thread only, and by the parent before Start(); released when the thread ends.
    private InheritableValues? _inheritableValues;

    internal InheritableValues InheritableValuesForWrite() => _inheritableValues ??= new InheritableValues();

    internal InheritableValues? InheritableValuesOrNull() => _inheritableValues;
}
