using UpdateStation.Tests.Shared;

// Usage: AptWorldBuilder DIRECTORY COUNT: a kept world of COUNT installed packages, every other one upgradable.
if (args.Length != 2 || !int.TryParse(args[1], out var count) || count < 1)
{
    Console.Error.WriteLine("usage: AptWorldBuilder DIRECTORY COUNT");
    return 2;
}

var world = AptWorld.Large(count, Path.GetFullPath(args[0])).Publish();
Console.WriteLine(world.ConfigPath);
return 0;
