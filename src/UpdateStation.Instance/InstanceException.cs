namespace UpdateStation.Instance;

/// <summary>The instance runtime cannot proceed safely; the message is one line a person can act on.</summary>
public sealed class InstanceException(string message, Exception? inner = null) : Exception(message, inner);
