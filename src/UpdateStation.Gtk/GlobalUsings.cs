global using System.Diagnostics;
global using System.Runtime.CompilerServices;
global using System.Runtime.InteropServices;
global using UpdateStation.Instance;
global using UpdateStation.Packages;
global using UpdateStation.Packages.Model;
global using UpdateStation.Posix;
