namespace UpdateStation.Helper.Settings;

/// <summary>The system settings cannot be trusted or read; the message is one line in words.</summary>
internal sealed class SettingsException(string message) : Exception(message);
