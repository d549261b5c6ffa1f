using System.CommandLine;
using UpdateStation.Commands;

var root = new RootCommand("Update Station: package updates for Unix desktops.")
{
    CheckCommandDefinition.Create(),
    UpgradeCommandDefinition.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
