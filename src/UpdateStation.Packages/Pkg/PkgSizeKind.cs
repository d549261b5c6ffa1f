namespace UpdateStation.Packages.Pkg;

/// <summary>Which of pkg's size lines a size came from.</summary>
internal enum PkgSizeKind
{
    /// <summary>"X to be downloaded."</summary>
    Download,
    /// <summary>"The process will require X more space." (positive) or "The operation will free X." (negative).</summary>
    DiskChange,
}
