global using System.CommandLine;
global using UpdateStation.Instance;
global using UpdateStation.Packages;
global using UpdateStation.Packages.Model;
global using System.Runtime.InteropServices;
global using UpdateStation.Settings;
global using System.Diagnostics;
