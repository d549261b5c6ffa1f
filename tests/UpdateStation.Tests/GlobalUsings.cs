global using System.Diagnostics;
global using System.Text;
global using System.Text.Json;
global using UpdateStation.Tests.Plumbing;
