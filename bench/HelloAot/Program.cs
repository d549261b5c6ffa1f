// The start-up floor: a NativeAOT program that prints one line and exits.
Console.WriteLine("Hello, World!");
