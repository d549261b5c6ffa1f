global using UpdateStation.Upgrade;
