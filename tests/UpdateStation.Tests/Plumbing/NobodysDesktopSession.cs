namespace UpdateStation.Tests.Plumbing;

/// <summary>A private desktop whose session belongs to nobody (when the tests run as root; else to the test's own user).</summary>
public sealed class NobodysDesktopSession() : DesktopSession(UnixUser.CurrentIsRoot ? UnixUser.Nobody : null);
