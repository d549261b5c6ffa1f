namespace UpdateStation.Desktop.Network;

/// <summary>What NetworkManager says about the network, as the check scheduler needs it.</summary>
/// <param name="Connected">NetworkManager reports full connectivity, or cannot tell (unknown): an automatic check may run.</param>
/// <param name="Metered">The connection is metered (or guessed so): an automatic check must not refresh the catalogue.</param>
/// <param name="Known">NetworkManager answered; false when it is absent, and then checks run as scheduled.</param>
public sealed record NetworkConditions(bool Connected, bool Metered, bool Known)
{
    /// <summary>No NetworkManager (or no system bus): go ahead.</summary>
    public static NetworkConditions Unknown { get; } = new(true, false, false);

    /// <summary>From NetworkManager's Connectivity (NMConnectivityState) and Metered (NMMetered) values.</summary>
    public static NetworkConditions From(uint connectivity, uint metered) => new(
        Connected: connectivity is 0 or 4,     // UNKNOWN (checking disabled or not done yet) or FULL; not NONE, PORTAL, LIMITED
        Metered: metered is 1 or 3,            // YES or GUESS_YES
        Known: true);
}
