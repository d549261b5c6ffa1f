using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

internal static partial class AptPlanDetails
{
    /// <summary>The plan's new versions indexed by the names their relationship fields mention, so that a plan of
    /// thousands of changes is read once, not once per new or removed package.</summary>
    private sealed class Relations
    {
        public static readonly string[] Depends = ["Depends", "Pre-Depends"];
        public static readonly string[] Recommends = ["Recommends"];
        public static readonly string[] Conflicts = ["Conflicts"];
        public static readonly string[] Breaks = ["Breaks"];

        private readonly Dictionary<(string Field, string Name), List<PackageChange>> _mentions = [];
        private readonly Dictionary<string, PackageChange> _byName = new(StringComparer.Ordinal);

        public Relations(List<(PackageChange Change, AptRecord Record)> candidates)
        {
            foreach (var (change, record) in candidates)
            {
                _byName.TryAdd(BaseName(change.Name), change);
                foreach (var field in (string[])[.. Depends, .. Recommends, .. Conflicts, .. Breaks])
                {
                    foreach (var name in record.Names(field).Distinct())
                    {
                        if (!_mentions.TryGetValue((field, name), out var list))
                        {
                            _mentions[(field, name)] = list = [];
                        }

                        list.Add(change);
                    }
                }
            }
        }

        /// <summary>"name version" of each new version other than <paramref name="self"/> whose <paramref name="fields"/> mention one of <paramref name="names"/>.</summary>
        public List<string> Mentioning(PackageChange self, HashSet<string> names, string[] fields)
        {
            var found = new List<PackageChange>();
            foreach (var field in fields)
            {
                foreach (var name in names)
                {
                    if (_mentions.TryGetValue((field, name), out var list))
                    {
                        found.AddRange(list.Where(c => c.Name != self.Name && !found.Contains(c)));
                    }
                }
            }

            return [.. found.Select(Describe)];
        }

        /// <summary>"name version" of the new versions of the plan's packages named.</summary>
        public IEnumerable<string> Named(IEnumerable<string> names) =>
            names.Distinct().Where(_byName.ContainsKey).Select(n => Describe(_byName[n]));

        private static string Describe(PackageChange change) => $"{change.Name} {change.NewVersion}";
    }
}
