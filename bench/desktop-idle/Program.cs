using System.Runtime.InteropServices;
using UpdateStation.Desktop;
using UpdateStation.Packages.Model;

// Holds the desktop face as the instance would after a check, prints "ready PID host=BOOL", then idles until SIGTERM.
var face = await DesktopFace.TryStartAsync(new DesktopFaceOptions
{
    Log = line => Console.Error.WriteLine($"desktop-idle: {line}"),
    NotificationMemoryPath = args.Length > 0 ? args[0] : null,
});
if (face is null)
{
    Console.Error.WriteLine("desktop-idle: no session bus.");
    return 1;
}

await face.ShowCheckingAsync();
PackageChange[] updates =
[
    new("openssl", ChangeAction.Upgrade, "3.0.14-1", "3.0.15-1", "bookworm-security", Security: true),
    new("curl", ChangeAction.Upgrade, "7.88.1-10", "7.88.1-11", "bookworm"),
    new("vim", ChangeAction.Upgrade, "9.0.1378-2", "9.0.1378-3", "bookworm"),
    new("git", ChangeAction.Upgrade, "2.39.2-1", "2.39.5-0", "bookworm"),
    new("tzdata", ChangeAction.Upgrade, "2024a-0", "2025b-0", "bookworm-updates"),
    new("linux-image-amd64", ChangeAction.Install, null, "6.1.119-1", "bookworm"),
];
await face.ShowPlanAsync(new UpdatePlan("apt", DateTimeOffset.UtcNow, updates, []));

var stop = new TaskCompletionSource();
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});
Console.WriteLine($"ready {Environment.ProcessId} host={face.HasStatusNotifierHost}");
await stop.Task;
await face.DisposeAsync();
return 0;
