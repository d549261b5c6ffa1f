namespace UpdateStation.Packages.Apt;

/// <summary>One line apt wrote to APT::Status-Fd: "KIND:SUBJECT:PERCENT:TEXT".</summary>
/// <param name="Kind">dlstatus, pmstatus, pmerror, pmconffile or media-change.</param>
/// <param name="Subject">The package (pmstatus, pmerror), file number (dlstatus) or conffile; "dpkg-exec" for whole-run lines.</param>
/// <param name="Percent">apt's overall percentage for this phase.</param>
/// <param name="Text">The human-readable rest of the line.</param>
internal sealed record AptStatusLine(AptStatusKind Kind, string Subject, double Percent, string Text);
