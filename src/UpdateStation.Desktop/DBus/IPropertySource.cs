namespace UpdateStation.Desktop.DBus;

/// <summary>An exported interface's properties, read through org.freedesktop.DBus.Properties.</summary>
internal interface IPropertySource
{
    /// <summary>The interface the properties belong to.</summary>
    string Interface { get; }

    /// <summary>Every property name, in the order GetAll writes them.</summary>
    IReadOnlyList<string> PropertyNames { get; }

    /// <summary>Writes one property as a variant (its signature, then its value).</summary>
    void WriteProperty(ref MessageWriter writer, string name);
}
