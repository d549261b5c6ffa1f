global using System.Diagnostics;
global using Tmds.DBus.Protocol;
global using UpdateStation.Packages;
global using UpdateStation.Packages.Model;
global using UpdateStation.Posix;
global using UpdateStation.Settings;
