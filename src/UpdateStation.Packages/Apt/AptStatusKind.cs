namespace UpdateStation.Packages.Apt;

/// <summary>The kinds of line apt writes to APT::Status-Fd.</summary>
internal enum AptStatusKind
{
    Download,
    Package,
    Error,
    Conffile,
    MediaChange,
}
