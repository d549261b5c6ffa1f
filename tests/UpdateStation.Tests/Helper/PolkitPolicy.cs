namespace UpdateStation.Tests.Helper;

/// <summary>
/// A test copy of the helper's polkit policy (packaging/ ships the real one): the three actions, each with exec.path set
/// to the helper and exec.argv1 to its verb.
/// </summary>
internal static class PolkitPolicy
{
    public static string Render(string helperPath) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE policyconfig PUBLIC "-//freedesktop//DTD PolicyKit Policy Configuration 1.0//EN" "http://www.freedesktop.org/standards/PolicyKit/1/policyconfig.dtd">
        <policyconfig>
          <vendor>Update Station (tests)</vendor>
        {Action("refresh", "yes", helperPath)}
        {Action("upgrade", "auth_admin_keep", helperPath)}
        {Action("reboot", "auth_admin_keep", helperPath)}
        </policyconfig>
        """;

    private static string Action(string verb, string active, string helperPath) => $"""
          <action id="org.updatestation.UpdateStation.{verb}">
            <description>Update Station: {verb}</description>
            <message>Authentication is required to {verb} the system's packages</message>
            <defaults>
              <allow_any>auth_admin</allow_any>
              <allow_inactive>auth_admin</allow_inactive>
              <allow_active>{active}</allow_active>
            </defaults>
            <annotate key="org.freedesktop.policykit.exec.path">{helperPath}</annotate>
            <annotate key="org.freedesktop.policykit.exec.argv1">{verb}</annotate>
          </action>
        """;
}
