global using Tmds.DBus.Protocol;
global using UpdateStation.Desktop.Notifications;
global using UpdateStation.Desktop.Tray;
global using UpdateStation.Packages.Model;
global using UpdateStation.Settings;
