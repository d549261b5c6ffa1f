global using UpdateStation.Gtk.Content;
global using UpdateStation.Instance;
global using UpdateStation.Packages.Model;
