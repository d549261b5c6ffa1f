global using System.Diagnostics;
global using System.Text.Json;
