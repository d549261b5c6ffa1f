namespace UpdateStation.Gtk;

/// <summary>No display to open the window on; the message is one line a person can act on.</summary>
public sealed class DisplayUnavailableException(string message) : Exception(message);
