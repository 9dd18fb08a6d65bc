namespace MigrationBot.Guide.Search;

/// <summary>
/// Shorthand that people type in chat about IT work ("dbs", "mgmt", "infra", "k8s") and the words it stands for.
/// A question's word is expanded only when the guide never uses it as typed.
/// </summary>
internal static class ChatShorthand
{
    /// <summary>Lower-case shorthand and its expansion, before analysis.</summary>
    public static IReadOnlyDictionary<string, string> Expansions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["db"] = "database",
        ["dbs"] = "databases",
        ["svc"] = "service",
        ["svcs"] = "services",
        ["mgmt"] = "management",
        ["mgmnt"] = "management",
        ["infra"] = "infrastructure",
        ["equiv"] = "equivalent",
        ["prem"] = "premises",
        ["onprem"] = "on-premises",
        ["env"] = "environment",
        ["envs"] = "environments",
        ["config"] = "configuration",
        ["configs"] = "configurations",
        ["k8s"] = "kubernetes",
        ["auth"] = "authentication",
        ["authn"] = "authentication",
        ["authz"] = "authorization",
        ["perms"] = "permissions",
        ["repo"] = "repository",
        ["repos"] = "repositories",
        ["prod"] = "production",
        ["nonprod"] = "non-production",
        ["sub"] = "subscription",
        ["subs"] = "subscriptions",
        ["acct"] = "account",
        ["accts"] = "accounts",
        ["reqs"] = "requirements",
        ["info"] = "information",
        ["msg"] = "message",
        ["msgs"] = "messages",
        ["cert"] = "certificate",
        ["certs"] = "certificates",
        ["pwd"] = "password",
        ["lb"] = "load balancer",
        ["lbs"] = "load balancers",
        ["vm"] = "virtual machine",
        ["vms"] = "virtual machines",
        ["dr"] = "disaster recovery",
        ["ha"] = "high availability",
        ["iac"] = "infrastructure as code",
        ["decom"] = "decommission",
        ["decomm"] = "decommission",
        ["dev"] = "development",
        ["ops"] = "operations",
        ["arch"] = "architecture",
        ["admin"] = "administrator",
        ["admins"] = "administrators",
        ["approx"] = "approximately",
        ["min"] = "minimum",
        ["max"] = "maximum",
    };
}
