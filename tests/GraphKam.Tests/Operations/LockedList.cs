using System.Collections.ObjectModel;

namespace GraphKam.Tests.Operations;

/// <summary>
/// A list the in-memory exporters may add to from their own thread while a test reads it. The exporters only see an
/// <see cref="ICollection{T}"/>, so every change takes the list's lock here, and readers take the same lock.
/// </summary>
public sealed class LockedList<T> : Collection<T>
{
    public List<T> Snapshot(Func<T, bool>? keep = null)
    {
        lock (this) return this.Where(keep ?? (_ => true)).ToList();
    }

    protected override void InsertItem(int index, T item)
    {
        lock (this) base.InsertItem(index, item);
    }

    protected override void SetItem(int index, T item)
    {
        lock (this) base.SetItem(index, item);
    }

    protected override void RemoveItem(int index)
    {
        lock (this) base.RemoveItem(index);
    }

    protected override void ClearItems()
    {
        lock (this) base.ClearItems();
    }
}
