namespace UpdateStation.Settings;

/// <summary>Where an effective setting's value came from, weakest first.</summary>
public enum SettingSource
{
    Default,
    System,
    User,
    CommandLine,
}
