global using System.Runtime.InteropServices;
global using System.Runtime.Versioning;
